/**
 * What clients ask for: records with Bean Validation constraints (creates, edits with merge-patch
 * semantics, queries with enumerations by wire name), bound from JSON by the web's binder.
 */
package dev.sessionvault.application.command;

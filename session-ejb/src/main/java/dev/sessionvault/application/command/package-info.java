/**
 * What clients ask for: records with Bean Validation constraints, bound from JSON by the binder.
 */
package dev.sessionvault.application.command;

/**
 * Commands and queries on sessions and what they hold: messages, todos, interactions, edits,
 * listings.
 */
package dev.sessionvault.application.command.session;

/** Sessions and what belongs to them: messages, todos, interactions, the restorable state. */
package dev.sessionvault.web.api.session;

/** A session's todo list: replaced as a whole, the way assistants write it. */
package dev.sessionvault.domain.todo;

/** What a client sends to change an account's retention policy. */
package dev.sessionvault.application.command.retention;

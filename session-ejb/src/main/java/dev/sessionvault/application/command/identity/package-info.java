/** Commands that create or change accounts, members and API keys. */
package dev.sessionvault.application.command.identity;

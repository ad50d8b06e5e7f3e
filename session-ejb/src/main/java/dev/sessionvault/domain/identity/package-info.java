/** Who may do what: people, their roles in accounts, and API keys. */
package dev.sessionvault.domain.identity;

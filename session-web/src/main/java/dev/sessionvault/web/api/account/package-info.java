/** Accounts and their API keys. */
package dev.sessionvault.web.api.account;

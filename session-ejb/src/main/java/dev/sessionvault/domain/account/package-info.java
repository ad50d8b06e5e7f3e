/** Accounts are the tenants: every other record belongs to exactly one. */
package dev.sessionvault.domain.account;

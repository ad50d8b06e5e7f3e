/** Accounts, members, API keys, signing in and its throttle, and the operator's first account. */
package dev.sessionvault.application.internal.identity;

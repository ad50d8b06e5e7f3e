/** Use cases of who may do what: accounts, members, API keys and signing in. */
package dev.sessionvault.application.identity;

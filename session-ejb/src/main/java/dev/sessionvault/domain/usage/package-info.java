/** What an account's sessions used: tokens and cost summed by day, model or project. */
package dev.sessionvault.domain.usage;

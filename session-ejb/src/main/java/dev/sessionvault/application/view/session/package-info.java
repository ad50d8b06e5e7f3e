/** What the API answers about sessions and what they hold. */
package dev.sessionvault.application.view.session;

/** Projects of the caller's account. */
package dev.sessionvault.web.api.project;

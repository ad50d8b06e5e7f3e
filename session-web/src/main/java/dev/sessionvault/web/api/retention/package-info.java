/** Retention policy, its preview and runs, and the trash. */
package dev.sessionvault.web.api.retention;

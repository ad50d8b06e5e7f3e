/** The search services, and the index's startup check. */
package dev.sessionvault.application.internal.search;

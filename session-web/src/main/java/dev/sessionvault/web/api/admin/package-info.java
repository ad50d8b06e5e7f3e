/** Installation-wide operations: rebuilding the search index. */
package dev.sessionvault.web.api.admin;

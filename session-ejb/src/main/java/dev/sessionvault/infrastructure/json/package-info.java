/** JSON formats the domain stores as text, written and read with JSON-P. */
package dev.sessionvault.infrastructure.json;

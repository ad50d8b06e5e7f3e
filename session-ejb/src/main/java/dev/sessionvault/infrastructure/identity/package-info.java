/** Who the caller is: the authenticated principal, and how passwords are hashed. */
package dev.sessionvault.infrastructure.identity;

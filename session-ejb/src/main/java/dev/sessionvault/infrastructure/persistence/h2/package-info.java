/**
 * H2's durability: a commit forced to disk once for every writer waiting (group commit), and the
 * background sync.
 */
package dev.sessionvault.infrastructure.persistence.h2;

/**
 * The analysis chains of the index (prose and code), their names, and the Lucene factories of our
 * own they use.
 */
package dev.sessionvault.infrastructure.search.analysis;

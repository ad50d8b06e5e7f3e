/**
 * Lucene queries of our own: intersections of frequent words as bit sets, and common words that
 * only filter.
 */
package dev.sessionvault.infrastructure.search.lucene;

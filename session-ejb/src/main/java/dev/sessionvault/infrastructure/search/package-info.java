/**
 * Everything Hibernate Search: the mapping of the entities onto indexes (programmatic, so that the
 * domain stays free of the Search API), the queries, hits, facets and grouping, and the index's
 * upkeep; the analysis chains in {@code analysis}, Lucene queries of our own in {@code lucene}.
 */
package dev.sessionvault.infrastructure.search;

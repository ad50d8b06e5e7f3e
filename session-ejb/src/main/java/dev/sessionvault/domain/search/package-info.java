/**
 * Search in the domain's terms: the query language (its parser and syntax tree), the facets and
 * orders a search offers, and the {@link dev.sessionvault.domain.search.ConversationIndex} port
 * through which the index is kept.
 */
package dev.sessionvault.domain.search;

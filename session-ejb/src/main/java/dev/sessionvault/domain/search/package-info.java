/**
 * Search in the domain's terms: the query language (its parser and syntax tree), the criteria and
 * results of a search, and the {@link dev.sessionvault.domain.search.ConversationIndex} port that
 * the search infrastructure implements.
 */
package dev.sessionvault.domain.search;

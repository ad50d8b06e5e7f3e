package dev.sessionvault.application.view.search;

/** The answer to a search: a page of hits, or a page of sessions when grouped by session. */
public sealed interface SearchResponse permits SearchResultView, SessionSearchResultView {}

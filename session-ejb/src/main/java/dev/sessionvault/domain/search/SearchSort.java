package dev.sessionvault.domain.search;

/** The order of search hits; ties are broken by relevance. */
public enum SearchSort {
  RELEVANCE,
  NEWEST,
  OLDEST
}

package dev.sessionvault.domain.search;

import java.util.List;

/**
 * A parsed search query: the tree {@link QueryParser} builds from what a user typed. Words must all
 * match unless joined by {@code OR}; the search infrastructure turns the tree into index
 * predicates.
 */
public sealed interface SearchQuery {

  /** A word, or a prefix when typed with a trailing {@code *} ({@code auth*}); never empty. */
  record Word(String text, boolean prefix) implements SearchQuery {}

  /** {@code "exact phrase"}: the words in this order, next to each other; never blank. */
  record Phrase(String text) implements SearchQuery {}

  /**
   * {@code field:value}, e.g. {@code role:assistant} or {@code model:claude-*}. The value is as
   * typed (quotes removed); {@code wildcard} is true when it contains {@code *}, which matches any
   * characters. Values of fields with a closed set ({@link QueryField#allowedValues()}) are checked
   * by the parser and lowercase.
   */
  record FieldMatch(QueryField field, String value, boolean wildcard) implements SearchQuery {}

  /** {@code -term}: documents matching the term are excluded. */
  record Not(SearchQuery excluded) implements SearchQuery {}

  /** Every part must match; at least two parts. */
  record All(List<SearchQuery> parts) implements SearchQuery {
    public All {
      parts = List.copyOf(parts);
    }
  }

  /** At least one part must match; at least two parts. */
  record Any(List<SearchQuery> parts) implements SearchQuery {
    public Any {
      parts = List.copyOf(parts);
    }
  }

  /** An empty query: everything (that the filters let through) matches. */
  record Everything() implements SearchQuery {}
}

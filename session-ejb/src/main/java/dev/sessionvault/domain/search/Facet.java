package dev.sessionvault.domain.search;

/** The dimensions a search can count its hits by, for a search UI's side panel. */
public enum Facet {
  AGENT,
  MODEL,
  STATUS,
  ROLE,
  TAG,
  PROJECT,
  /** The UTC day of the hit's time ({@code 2026-11-21}), in date order: a date histogram. */
  DAY
}

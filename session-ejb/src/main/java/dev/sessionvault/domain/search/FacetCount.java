package dev.sessionvault.domain.search;

/** How many hits of the current search have this value. */
public record FacetCount(String value, long count) {}

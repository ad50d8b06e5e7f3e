package dev.sessionvault.application.view.search;

/** How many hits have this value. */
public record FacetCountView(String value, long count) {}

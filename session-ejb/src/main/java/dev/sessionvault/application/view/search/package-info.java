/**
 * What the API answers about search: hits, sessions ranked by their hits, facets, the index's
 * state.
 */
package dev.sessionvault.application.view.search;

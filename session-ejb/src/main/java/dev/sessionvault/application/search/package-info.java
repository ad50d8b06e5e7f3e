/**
 * Search as the application sees it: the one request record that travels from the resource to the
 * index, and the {@link dev.sessionvault.application.search.SearchIndex} port that answers it.
 */
package dev.sessionvault.application.search;

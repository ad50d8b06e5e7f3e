/**
 * Search as the application sees it: the services, the one request record that travels from the
 * resource to the index, and the {@link SearchIndex} port that answers it.
 */
package dev.sessionvault.application.search;

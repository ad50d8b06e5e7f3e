/** The search endpoint: query parameters in, ranked hits or sessions with highlights out. */
package dev.sessionvault.web.api.search;

package dev.sessionvault.web.api.http;

import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/**
 * The {@code page} (from 1) and {@code size} (1 to a listing's maximum, default 50) of a listing
 * that takes no other parameter; anything else in the query is rejected.
 */
public record PageParams(int page, int size) {
  public static PageParams of(UriInfo uri, String page, String size, int maxSize) {
    QueryParams params = new QueryParams(uri.getQueryParameters().keySet(), Set.of("page", "size"));
    int pageNumber = params.integer("page", page, 1, 1, Integer.MAX_VALUE);
    int pageSize = params.integer("size", size, 50, 1, maxSize);
    params.validate();
    return new PageParams(pageNumber, pageSize);
  }
}

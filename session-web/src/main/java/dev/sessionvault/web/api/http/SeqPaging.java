package dev.sessionvault.web.api.http;

import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/** The query of an ordered sequence page: {@code ?afterSeq=0&limit=100}, nothing else. */
public record SeqPaging(long afterSeq, int limit) {
  public static final int DEFAULT_LIMIT = 100;

  public static SeqPaging parse(UriInfo uri, String afterSeq, String limit, int maxLimit) {
    QueryParams params =
        new QueryParams(uri.getQueryParameters().keySet(), Set.of("afterSeq", "limit"));
    long after = params.longValue("afterSeq", afterSeq, 0, 0);
    int count = params.integer("limit", limit, DEFAULT_LIMIT, 1, maxLimit);
    params.validate();
    return new SeqPaging(after, count);
  }
}

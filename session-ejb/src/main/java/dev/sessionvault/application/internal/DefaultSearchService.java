package dev.sessionvault.application.internal;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.SearchService;
import dev.sessionvault.application.command.SearchRequest;
import dev.sessionvault.application.view.FacetCountView;
import dev.sessionvault.application.view.SearchHitView;
import dev.sessionvault.application.view.SearchResultView;
import dev.sessionvault.application.view.SessionMatchView;
import dev.sessionvault.application.view.SessionSearchResultView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.search.HitKind;
import dev.sessionvault.domain.search.IndexRebuildingException;
import dev.sessionvault.domain.search.QueryParser;
import dev.sessionvault.domain.search.RebuildProgress;
import dev.sessionvault.domain.search.SearchCriteria;
import dev.sessionvault.domain.search.SearchHit;
import dev.sessionvault.domain.search.SearchResults;
import dev.sessionvault.domain.search.SessionResults;
import dev.sessionvault.domain.shared.PageRequest;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.VIEWER})
public class DefaultSearchService implements SearchService {
  /** How many top hits each session shows when grouping by session. */
  static final int HITS_PER_SESSION = 3;

  @Inject CallerContext caller;
  @Inject ConversationIndex index;
  @Inject ProjectScope scope;

  @Override
  public SearchResultView search(SearchRequest request) {
    SearchCriteria criteria = criteria(request);
    requireIndexReady();
    SearchResults results =
        index.search(
            caller.accountId(),
            criteria,
            request.sort(),
            new PageRequest(request.page(), request.size()),
            request.facets());
    Map<String, List<FacetCountView>> facets = new LinkedHashMap<>();
    results
        .facets()
        .forEach(
            (facet, counts) ->
                facets.put(
                    WireNames.of(facet),
                    counts.stream()
                        .map(count -> new FacetCountView(count.value(), count.count()))
                        .toList()));
    return new SearchResultView(
        results.hits().stream().map(DefaultSearchService::hit).toList(),
        request.page(),
        request.size(),
        results.total(),
        totalPages(results.total(), request.size()),
        facets);
  }

  @Override
  public SessionSearchResultView searchBySession(SearchRequest request) {
    SearchCriteria criteria = criteria(request);
    requireIndexReady();
    SessionResults results =
        index.searchBySession(
            caller.accountId(),
            criteria,
            request.sort(),
            new PageRequest(request.page(), request.size()),
            HITS_PER_SESSION);
    return new SessionSearchResultView(
        results.sessions().stream()
            .map(
                session ->
                    new SessionMatchView(
                        session.sessionId(),
                        session.sessionName(),
                        session.agent(),
                        session.model(),
                        session.projectId(),
                        session.status(),
                        session.bestScore(),
                        session.matchCount(),
                        session.topHits().stream().map(DefaultSearchService::hit).toList()))
            .toList(),
        request.page(),
        request.size(),
        results.totalSessions(),
        totalPages(results.totalSessions(), request.size()),
        results.totalHits());
  }

  /** Parses the query first: a malformed query is the client's to fix, even during a rebuild. */
  private SearchCriteria criteria(SearchRequest request) {
    return new SearchCriteria(
        QueryParser.parse(request.q()),
        request.agent(),
        request.model(),
        request.status(),
        scope.projectFilter(request.projectId()),
        request.tags(),
        request.role(),
        request.from(),
        request.to(),
        request.createdFrom(),
        request.createdTo(),
        request.minCost(),
        request.maxCost());
  }

  private void requireIndexReady() {
    RebuildProgress progress = index.rebuildProgress();
    if (progress.running()) {
      throw new IndexRebuildingException(progress);
    }
  }

  private static long totalPages(long total, int size) {
    return (total + size - 1) / size;
  }

  private static SearchHitView hit(SearchHit hit) {
    return new SearchHitView(
        WireNames.of(hit.kind()),
        hit.id(),
        hit.sessionId(),
        hit.sessionName(),
        hit.agent(),
        hit.model(),
        hit.projectId(),
        hit.status(),
        hit.kind() == HitKind.MESSAGE ? hit.id() : null,
        hit.seq(),
        hit.role(),
        hit.timestamp(),
        hit.score(),
        hit.highlights());
  }
}

package dev.sessionvault.application.internal.search;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.OperationsMetrics;
import dev.sessionvault.application.internal.ProjectScope;
import dev.sessionvault.application.search.SearchIndex;
import dev.sessionvault.application.search.SearchRequest;
import dev.sessionvault.application.search.SearchService;
import dev.sessionvault.application.view.search.SearchResponse;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.search.IndexRebuildingException;
import dev.sessionvault.domain.search.RebuildProgress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.VIEWER})
public class DefaultSearchService implements SearchService {
  @Inject CallerContext caller;
  @Inject SearchIndex index;
  @Inject ConversationIndex maintenance;
  @Inject ProjectScope scope;
  @Inject OperationsMetrics metrics;

  @Override
  public SearchResponse search(SearchRequest request) {
    // the query first: a malformed query is the client's to fix, even during a rebuild
    request.query();
    SearchRequest scoped = request.withProjectId(scope.projectFilter(request.projectId()));
    RebuildProgress progress = maintenance.rebuildProgress();
    if (progress.running()) {
      throw new IndexRebuildingException(progress);
    }
    long started = System.nanoTime();
    SearchResponse response =
        scoped.groupedBySession()
            ? index.searchBySession(caller.accountId(), scoped)
            : index.search(caller.accountId(), scoped);
    metrics.searched(Duration.ofNanos(System.nanoTime() - started));
    return response;
  }
}

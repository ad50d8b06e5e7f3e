package dev.sessionvault.application.internal.search;

import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.search.IndexAdminService;
import dev.sessionvault.application.view.search.IndexStatusView;
import dev.sessionvault.application.view.search.ReindexView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.search.IndexStatus;
import dev.sessionvault.domain.search.RebuildProgress;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/** The rebuild runs in the MassIndexer's own threads and transactions, not in the caller's. */
@Stateless
@RolesAllowed(Roles.OPERATOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultIndexAdminService implements IndexAdminService {
  @Inject ConversationIndex index;

  @Override
  @Audited(action = "index.rebuild", target = "index")
  public ReindexView startRebuild() {
    return view(index.startRebuild("requested through the API"));
  }

  @Override
  public ReindexView progress() {
    return view(index.rebuildProgress());
  }

  @Override
  public IndexStatusView status(boolean counts) {
    IndexStatus status = index.status(counts);
    Instant now = Timestamps.now();
    double lag =
        status.oldestPendingAt() == null || status.oldestPendingAt().isAfter(now)
            ? 0
            : Duration.between(status.oldestPendingAt(), now).toMillis() / 1000.0;
    return new IndexStatusView(
        status.caughtUp(),
        status.pendingEvents() + status.pendingRefreshes(),
        status.pendingEvents(),
        status.pendingRefreshes(),
        status.oldestPendingAt(),
        lag,
        status.documents(),
        status.rows(),
        view(status.rebuild()));
  }

  static ReindexView view(RebuildProgress progress) {
    return new ReindexView(
        WireNames.of(progress.state()),
        progress.reason(),
        progress.done(),
        progress.total(),
        progress.percent(),
        progress.ratePerSecond(),
        progress.etaSeconds(),
        progress.startedAt(),
        progress.finishedAt(),
        progress.error());
  }
}

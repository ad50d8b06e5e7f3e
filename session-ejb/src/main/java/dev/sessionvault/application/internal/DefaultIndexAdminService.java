package dev.sessionvault.application.internal;

import dev.sessionvault.application.Audited;
import dev.sessionvault.application.IndexAdminService;
import dev.sessionvault.application.view.ReindexView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.search.RebuildProgress;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

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

package dev.sessionvault.application.internal;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.InteractionService;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.command.session.RecordInteractionCommand;
import dev.sessionvault.application.transfer.RedactionReport;
import dev.sessionvault.application.view.session.InteractionView;
import dev.sessionvault.application.view.session.SeqPageView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.interaction.InteractionRepository;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.ValidationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.VIEWER})
public class DefaultInteractionService implements InteractionService {
  @Inject CallerContext caller;
  @Inject ProjectScope scope;
  @Inject InteractionRepository interactions;
  @Inject IngestRedaction redaction;
  @Inject RedactionReport redactions;

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
  @Audited(action = "interaction.record", target = "session", targetParameter = 0)
  public InteractionView record(UUID sessionId, RecordInteractionCommand command) {
    if (command.startedAt() != null
        && command.finishedAt() != null
        && command.finishedAt().isBefore(command.startedAt())) {
      throw new ValidationException("finishedAt", "must not be before startedAt");
    }
    Session session = scope.findForUpdate(sessionId);
    Interaction interaction =
        Interaction.record(
            session,
            redaction.interaction(command.toDomain(), redactions.counts()),
            Timestamps.now());
    interactions.add(interaction);
    return Views.interaction(interaction);
  }

  @Override
  public SeqPageView<InteractionView> list(UUID sessionId, long afterSeq, int limit) {
    Session session = scope.find(sessionId);
    return SeqPages.of(
        interactions.listAfter(session, afterSeq, limit + 1),
        afterSeq,
        limit,
        Interaction::seq,
        Views::interaction);
  }
}

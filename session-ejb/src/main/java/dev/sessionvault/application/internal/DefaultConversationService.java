package dev.sessionvault.application.internal;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.ConversationService;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.command.session.AppendMessageCommand;
import dev.sessionvault.application.transfer.RedactionReport;
import dev.sessionvault.application.view.session.AppendResult;
import dev.sessionvault.application.view.session.MessageView;
import dev.sessionvault.application.view.session.SeqPageView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.message.ContentBlocks;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.message.MessageRepository;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.ValidationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.VIEWER})
public class DefaultConversationService implements ConversationService {
  @Inject CallerContext caller;
  @Inject AuditContext audit;
  @Inject ProjectScope scope;
  @Inject MessageRepository messages;
  @Inject IngestRedaction redaction;
  @Inject RedactionReport redactions;

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
  @Audited(action = "message.append", target = "session", targetParameter = 0)
  public AppendResult append(UUID sessionId, List<AppendMessageCommand> batch) {
    return appendAll(sessionId, batch, true);
  }

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
  @Audited(action = "message.append", target = "session", targetParameter = 0)
  public AppendResult appendOne(UUID sessionId, AppendMessageCommand message) {
    return appendAll(sessionId, List.of(message), false);
  }

  private AppendResult appendAll(
      UUID sessionId, List<AppendMessageCommand> batch, boolean indexed) {
    checkContent(batch, indexed);
    // The row lock serialises appenders of this session: seq stays gapless, aggregates exact.
    Session session = scope.findForUpdate(sessionId);
    Map<String, Message> stored =
        messages.findByExternalIds(
            session,
            batch.stream().map(AppendMessageCommand::externalId).filter(Objects::nonNull).toList());
    Instant now = Timestamps.now();
    List<MessageView> items = new ArrayList<>(batch.size());
    int created = 0;
    for (AppendMessageCommand command : batch) {
      Message message = command.externalId() == null ? null : stored.get(command.externalId());
      if (message == null) {
        message =
            Message.append(
                session, redaction.message(command.toDomain(), redactions.counts()), now);
        messages.add(message);
        created++;
        if (command.externalId() != null) {
          stored.put(command.externalId(), message);
        }
      }
      items.add(Views.message(message));
    }
    audit.detail("messages", batch.size());
    audit.detail("created", created);
    return new AppendResult(items, created, batch.size() - created);
  }

  /** Content or blocks must be given, and blocks must have their documented shape. */
  private static void checkContent(List<AppendMessageCommand> batch, boolean indexed) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      AppendMessageCommand command = batch.get(i);
      String prefix = indexed ? "[" + i + "]." : "";
      if (command.content() == null && (command.blocks() == null || command.blocks().isEmpty())) {
        errors.add(new FieldError(prefix + "content", "is required unless blocks are given"));
      }
      errors.addAll(ContentBlocks.check(command.blocks(), prefix + "blocks"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  @Override
  public SeqPageView<MessageView> messages(UUID sessionId, long afterSeq, int limit) {
    Session session = find(sessionId);
    return SeqPages.of(
        messages.listAfter(session, afterSeq, limit + 1),
        afterSeq,
        limit,
        Message::seq,
        Views::message);
  }

  @Override
  public MessageView message(UUID sessionId, long seq) {
    Session session = find(sessionId);
    return messages
        .findBySeq(session, seq)
        .map(Views::message)
        .orElseThrow(() -> new ResourceNotFoundException("message", seq));
  }

  private Session find(UUID sessionId) {
    return scope.find(sessionId);
  }
}

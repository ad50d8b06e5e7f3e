package dev.sessionvault.application.internal;

import dev.sessionvault.application.view.AuditRecordView;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.ProjectView;
import dev.sessionvault.application.view.identity.AccountView;
import dev.sessionvault.application.view.session.InteractionView;
import dev.sessionvault.application.view.session.MessageView;
import dev.sessionvault.application.view.session.SessionConfigView;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.application.view.session.TodoView;
import dev.sessionvault.application.view.session.TokensView;
import dev.sessionvault.domain.account.Account;
import dev.sessionvault.domain.audit.AuditRecord;
import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.project.Project;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionConfig;
import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.TokenCounts;
import dev.sessionvault.domain.shared.WireNames;
import dev.sessionvault.domain.todo.Todo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Entity-to-view mapping, done inside the transaction so that lazy members can still load. */
public final class Views {
  private Views() {}

  public static SessionView session(Session s) {
    return new SessionView(
        s.id(),
        s.origin().externalId(),
        s.name(),
        s.summary(),
        s.origin().type(),
        s.origin().agent(),
        s.origin().environment() == null ? null : WireNames.of(s.origin().environment()),
        s.origin().model(),
        s.projectId(),
        s.parentId(),
        s.forkedAtSeq(),
        s.origin().component(),
        s.origin().projectPath(),
        s.origin().gitBranch(),
        WireNames.of(s.status()),
        config(s.config()),
        s.llmConfig(),
        s.metadata(),
        s.state(),
        List.copyOf(s.tags()),
        s.error(),
        s.origin().schemaVersion(),
        s.preview(),
        s.createdAt(),
        s.updatedAt(),
        s.lastActivityAt(),
        s.closedAt(),
        s.version(),
        s.counters().messageCount(),
        s.counters().turnCount(),
        s.counters().tokens().input(),
        s.counters().tokens().output(),
        s.counters().tokens().cacheRead(),
        s.counters().tokens().cacheWrite(),
        money(s.counters().totalCostUsd()),
        s.counters().activeTodoCount(),
        s.counters().interactionCount());
  }

  private static SessionConfigView config(SessionConfig config) {
    return config == null
        ? new SessionConfigView(null, null, null, List.of())
        : new SessionConfigView(
            config.maxMessages(),
            config.idleTimeoutMinutes(),
            config.persistenceEnabled(),
            config.features());
  }

  public static MessageView message(Message m) {
    return message(m, m.session().id());
  }

  /** For messages read outside a transaction, whose session reference cannot load any more. */
  public static MessageView message(Message m, UUID sessionId) {
    TokenCounts tokens = m.tokens();
    return new MessageView(
        m.id(),
        sessionId,
        m.seq(),
        m.externalId(),
        m.parentExternalId(),
        WireNames.of(m.role()),
        m.content(),
        m.blocks(),
        m.toolName(),
        m.toolCallId(),
        m.model(),
        new TokensView(tokens.input(), tokens.output(), tokens.cacheRead(), tokens.cacheWrite()),
        money(m.costUsd()),
        m.timestamp(),
        m.createdAt());
  }

  public static TodoView todo(Todo t) {
    return new TodoView(t.position(), t.content(), WireNames.of(t.status()), t.activeForm());
  }

  public static InteractionView interaction(Interaction i) {
    return new InteractionView(
        i.id(),
        i.seq(),
        i.command(),
        i.result(),
        i.exitCode(),
        i.startedAt(),
        i.finishedAt(),
        i.createdAt());
  }

  static ProjectView project(Project p) {
    return new ProjectView(
        p.id(), p.key(), p.name(), p.rootPath(), p.createdAt(), p.updatedAt(), p.version());
  }

  public static AccountView account(Account a) {
    return new AccountView(a.id(), a.name(), a.displayName(), a.createdAt());
  }

  public static <E, V> PageView<V> page(Page<E> page, Function<E, V> mapper) {
    int size = page.request().size();
    return new PageView<>(
        page.items().stream().map(mapper).toList(),
        page.request().page(),
        size,
        page.total(),
        (page.total() + size - 1) / size);
  }

  /** Amounts without the database's trailing zeros, never in exponent notation. */
  static BigDecimal money(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  public static AuditRecordView auditRecord(AuditRecord r, Map<String, Object> detail) {
    return new AuditRecordView(
        r.id(),
        r.accountId(),
        r.seq(),
        r.occurredAt(),
        WireNames.of(r.actorKind()),
        r.actorId(),
        r.actorRole(),
        r.action(),
        r.targetType(),
        r.targetId(),
        WireNames.of(r.outcome()),
        r.requestId(),
        r.clientAddress(),
        detail,
        r.previousHash(),
        r.hash());
  }
}

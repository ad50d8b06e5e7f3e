package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.view.session.InteractionView;
import dev.sessionvault.application.view.session.MessageView;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.application.view.session.TodoView;
import dev.sessionvault.domain.redaction.RedactionCounts;
import dev.sessionvault.domain.redaction.Redactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Secrets taken out of what leaves the vault: every text of a session's views (names, contents,
 * blocks, free-form objects, commands and results), counted per detector for one export.
 */
@ApplicationScoped
public class ExportRedaction {
  @Inject Redactor redactor;

  /** One export's redaction, with its counts. */
  public Run start() {
    return new Run(redactor);
  }

  /** A "redaction" that keeps every text: what the trash keeps must come back whole. */
  public Run keepEverything() {
    return new Run(new Redactor(List.of()));
  }

  /** Redacts the parts of one export and counts what it replaced. */
  public static final class Run {
    private final Redactor redactor;
    private final RedactionCounts counts = new RedactionCounts();

    Run(Redactor redactor) {
      this.redactor = redactor;
    }

    public SessionView session(SessionView s) {
      return new SessionView(
          s.id(),
          s.externalId(),
          text(s.name()),
          text(s.summary()),
          s.type(),
          s.agent(),
          s.environment(),
          s.model(),
          s.projectId(),
          s.parentId(),
          s.forkedAtSeq(),
          s.component(),
          text(s.projectPath()),
          s.gitBranch(),
          s.status(),
          s.config(),
          object(s.llmConfig()),
          object(s.metadata()),
          object(s.state()),
          s.tags(),
          text(s.error()),
          s.schemaVersion(),
          text(s.preview()),
          s.createdAt(),
          s.updatedAt(),
          s.lastActivityAt(),
          s.closedAt(),
          s.version(),
          s.messageCount(),
          s.turnCount(),
          s.inputTokens(),
          s.outputTokens(),
          s.cacheReadTokens(),
          s.cacheWriteTokens(),
          s.totalCostUsd(),
          s.activeTodoCount(),
          s.interactionCount());
    }

    public MessageView message(MessageView m) {
      return new MessageView(
          m.id(),
          m.sessionId(),
          m.seq(),
          m.externalId(),
          m.parentExternalId(),
          m.role(),
          text(m.content()),
          blocks(m.blocks()),
          m.toolName(),
          m.toolCallId(),
          m.model(),
          m.tokens(),
          m.costUsd(),
          m.timestamp(),
          m.createdAt());
    }

    public TodoView todo(TodoView t) {
      return new TodoView(t.position(), text(t.content()), t.status(), text(t.activeForm()));
    }

    public InteractionView interaction(InteractionView i) {
      return new InteractionView(
          i.id(),
          i.seq(),
          text(i.command()),
          text(i.result()),
          i.exitCode(),
          i.startedAt(),
          i.finishedAt(),
          i.createdAt());
    }

    /** Detector name to how many it replaced so far, by name. */
    public Map<String, Long> counts() {
      return counts.asMap();
    }

    public long total() {
      return counts.total();
    }

    /** Adds this run's counts to a total over several sessions. */
    public void addTo(RedactionCounts total) {
      total.addAll(counts);
    }

    private String text(String value) {
      return value == null ? null : redactor.redact(value, counts);
    }

    @SuppressWarnings("unchecked") // redactValue keeps the shape: an object stays a map
    private Map<String, Object> object(Map<String, Object> value) {
      return value == null ? null : (Map<String, Object>) redactor.redactValue(value, counts);
    }

    @SuppressWarnings("unchecked") // redactValue keeps the shape: a list of objects stays one
    private List<Map<String, Object>> blocks(List<Map<String, Object>> value) {
      return value == null ? null : (List<Map<String, Object>>) redactor.redactValue(value, counts);
    }
  }
}

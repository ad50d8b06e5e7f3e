package dev.sessionvault.application.internal;

import dev.sessionvault.domain.interaction.InteractionContent;
import dev.sessionvault.domain.message.MessageContent;
import dev.sessionvault.domain.redaction.RedactionCounts;
import dev.sessionvault.domain.redaction.Redactor;
import dev.sessionvault.domain.session.SessionDetails;
import dev.sessionvault.domain.session.SessionEdits;
import dev.sessionvault.domain.todo.TodoContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Secrets taken out of what comes in, before it is stored, so that neither the database, the index
 * nor a highlight ever holds them. Off when {@code sessionvault.redaction.on-ingest} is false;
 * exports redact regardless.
 */
@ApplicationScoped
public class IngestRedaction {
  @Inject Redactor redactor;

  @Inject
  @ConfigProperty(name = "sessionvault.redaction.on-ingest", defaultValue = "true")
  boolean enabled;

  public MessageContent message(MessageContent m, RedactionCounts counts) {
    return enabled ? m.withText(text(m.content(), counts), blocks(m.blocks(), counts)) : m;
  }

  /** A new session's free text and free-form objects. */
  public SessionDetails details(SessionDetails d, RedactionCounts counts) {
    if (!enabled) {
      return d;
    }
    return new SessionDetails(
        d.externalId(),
        text(d.name(), counts),
        text(d.summary(), counts),
        d.type(),
        d.agent(),
        d.environment(),
        d.model(),
        d.projectId(),
        d.component(),
        d.projectPath(),
        d.gitBranch(),
        d.status(),
        d.config(),
        object(d.llmConfig(), counts),
        object(d.metadata(), counts),
        object(d.state(), counts),
        d.tags(),
        d.schemaVersion());
  }

  /** An edited session's free text and free-form objects. */
  public SessionEdits edits(SessionEdits e, RedactionCounts counts) {
    if (!enabled) {
      return e;
    }
    return new SessionEdits(
        text(e.name(), counts),
        text(e.summary(), counts),
        e.tags(),
        object(e.metadata(), counts),
        e.config(),
        object(e.llmConfig(), counts),
        object(e.state(), counts),
        e.projectId());
  }

  public TodoContent todo(TodoContent t, RedactionCounts counts) {
    return enabled
        ? new TodoContent(text(t.content(), counts), t.status(), text(t.activeForm(), counts))
        : t;
  }

  public InteractionContent interaction(InteractionContent i, RedactionCounts counts) {
    return enabled
        ? new InteractionContent(
            text(i.command(), counts),
            text(i.result(), counts),
            i.exitCode(),
            i.startedAt(),
            i.finishedAt())
        : i;
  }

  /** A free-text field of a session (name, summary, error). */
  public String text(String value, RedactionCounts counts) {
    return !enabled || value == null ? value : redactor.redact(value, counts);
  }

  /** A free-form object of a session (metadata, state, llmConfig). */
  @SuppressWarnings("unchecked") // redactValue keeps the shape: an object stays a map
  public Map<String, Object> object(Map<String, Object> value, RedactionCounts counts) {
    return !enabled || value == null
        ? value
        : (Map<String, Object>) redactor.redactValue(value, counts);
  }

  @SuppressWarnings("unchecked") // redactValue keeps the shape: a list of objects stays one
  private List<Map<String, Object>> blocks(
      List<Map<String, Object>> value, RedactionCounts counts) {
    return value == null ? null : (List<Map<String, Object>>) redactor.redactValue(value, counts);
  }
}

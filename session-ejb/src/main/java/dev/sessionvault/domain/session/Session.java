package dev.sessionvault.domain.session;

import dev.sessionvault.domain.shared.TokenCounts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/**
 * A session of an AI coding assistant: the aggregate root of its conversation (messages), its todo
 * list and its interactions. It owns the status machine's state, hands out the gapless sequence
 * numbers of what is appended to it, and keeps exact aggregates (counts, tokens, cost) of
 * everything appended. The parts know their root, the root does not know its parts: each part is
 * built by its own factory ({@code Message.append}, {@code Todo.replaceList}, {@code
 * Interaction.record}), which reports to the root through a narrow {@code record...} method.
 * Callers lock the session row before appending, so the aggregates stay exact under concurrent
 * writers.
 */
@Entity
@Table(name = "sessions")
public class Session {
  @Id
  @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
  private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Embedded private SessionOrigin origin;

  @Column(name = "name")
  private String name;

  @Column(name = "summary")
  private String summary;

  @Column(name = "project_id")
  private UUID projectId;

  @Column(name = "status", nullable = false)
  private SessionStatus status;

  @Embedded private SessionConfig config;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "llm_config", nullable = false)
  private Map<String, Object> llmConfig;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "metadata", nullable = false)
  private Map<String, Object> metadata;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "state", nullable = false)
  private Map<String, Object> state;

  @ElementCollection
  @CollectionTable(name = "session_tags", joinColumns = @JoinColumn(name = "session_id"))
  @Column(name = "tag", nullable = false)
  private Set<String> tags = new TreeSet<>();

  @Column(name = "error")
  private String error;

  @Column(name = "preview")
  private String preview;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Embedded private SessionCounters counters;

  protected Session() {}

  public Session(UUID accountId, SessionDetails details, Instant now) {
    SessionStatus initial =
        details.status() == null ? SessionStatus.INITIALIZING : details.status();
    if (!SessionStatus.initialStatuses().contains(initial)) {
      throw new IllegalArgumentException("a session cannot start as " + initial);
    }
    this.accountId = accountId;
    this.origin = SessionOrigin.of(details);
    this.status = initial;
    this.counters = SessionCounters.NONE;
    this.createdAt = now;
    this.updatedAt = now;
    this.lastActivityAt = now;
    edit(
        new SessionEdits(
            details.name(),
            details.summary(),
            details.tags(),
            details.metadata(),
            details.config(),
            details.llmConfig(),
            details.state(),
            details.projectId()),
        now);
  }

  /** Replaces every editable field (a merge patch has already been applied to the old values). */
  public void edit(SessionEdits edits, Instant now) {
    this.name = edits.name();
    this.summary = edits.summary();
    this.tags.clear();
    if (edits.tags() != null) {
      this.tags.addAll(edits.tags());
    }
    this.metadata = jsonObject(edits.metadata());
    this.config = edits.config();
    this.llmConfig = jsonObject(edits.llmConfig());
    this.state = jsonObject(edits.state());
    this.projectId = edits.projectId();
    this.updatedAt = now;
  }

  /** Moves the session through the status machine; terminal statuses close it. */
  public void moveTo(SessionStatus target, String errorMessage, Instant now) {
    if (!status.canMoveTo(target)) {
      throw new IllegalStatusTransitionException(status, target);
    }
    this.status = target;
    if (target.isTerminal()) {
      this.closedAt = now;
    }
    if (errorMessage != null) {
      this.error = errorMessage;
    }
    this.updatedAt = now;
  }

  /**
   * Takes in the message that {@code Message.append} builds at {@link #nextMessageSeq()}: folds it
   * into the aggregates, checked before anything changes. A message completes a turn when the
   * assistant speaks; the first user message gives the preview; any message (re)activates a session
   * that is initializing or idle.
   */
  public void recordMessage(
      boolean completesTurn, String userText, TokenCounts tokens, BigDecimal costUsd, Instant now) {
    requireOpen();
    counters = counters.plusMessage(completesTurn, tokens, costUsd);
    if (preview == null && userText != null) {
      preview = SessionPreview.of(userText);
    }
    if (status == SessionStatus.IDLE || status == SessionStatus.INITIALIZING) {
      status = SessionStatus.ACTIVE;
    }
    touch(now);
  }

  /** The sequence number the next message takes: the messages are numbered 1, 2, 3, ... */
  public long nextMessageSeq() {
    return counters.messageCount() + 1;
  }

  /** Takes in a new todo list with this many items still to do. */
  public void recordTodoList(int activeItems, Instant now) {
    requireOpen();
    counters = counters.withActiveTodos(activeItems);
    touch(now);
  }

  /** Takes in an interaction; returns its sequence number (1, 2, 3, ... per session). */
  public long recordInteraction(Instant now) {
    requireOpen();
    counters = counters.plusInteraction();
    touch(now);
    return counters.interactionCount();
  }

  /** Fails when the session is terminal: nothing more may be added to it. */
  public void requireOpen() {
    if (status.isTerminal()) {
      throw new SessionClosedException(status);
    }
  }

  private void touch(Instant now) {
    updatedAt = now;
    lastActivityAt = now;
  }

  private static Map<String, Object> jsonObject(Map<String, Object> value) {
    return value == null ? new LinkedHashMap<>() : new LinkedHashMap<>(value);
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public SessionOrigin origin() {
    return origin;
  }

  public String name() {
    return name;
  }

  public String summary() {
    return summary;
  }

  public UUID projectId() {
    return projectId;
  }

  public SessionStatus status() {
    return status;
  }

  public SessionConfig config() {
    return config;
  }

  public Map<String, Object> llmConfig() {
    return llmConfig;
  }

  public Map<String, Object> metadata() {
    return metadata;
  }

  public Map<String, Object> state() {
    return state;
  }

  public Set<String> tags() {
    return new TreeSet<>(tags);
  }

  public String error() {
    return error;
  }

  public String preview() {
    return preview;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant lastActivityAt() {
    return lastActivityAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public long version() {
    return version;
  }

  public SessionCounters counters() {
    return counters;
  }
}

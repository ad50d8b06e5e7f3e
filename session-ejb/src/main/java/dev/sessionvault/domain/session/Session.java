package dev.sessionvault.domain.session;

import dev.sessionvault.domain.shared.AssignableUuid;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.TokenCounts;
import dev.sessionvault.domain.shared.ValidationException;
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
 *
 * <p>Longer than 300 lines because the root's state and every way it comes to be or changes
 * (create, fork, import, edit, status, the parts' records) belong together; a third of it is
 * accessors.
 */
@Entity
@Table(name = "sessions")
public class Session {
  @Id @AssignableUuid private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Embedded private SessionOrigin origin;

  @Column(name = "name")
  private String name;

  @Column(name = "summary")
  private String summary;

  @Column(name = "project_id")
  private UUID projectId;

  @Column(name = "parent_id")
  private UUID parentId;

  @Column(name = "forked_at_seq", updatable = false)
  private Long forkedAtSeq;

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

  /** The UTF-8 size of what is stored of its content (see {@link ContentSize}). */
  @Column(name = "content_bytes", nullable = false)
  private long contentBytes;

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

  /**
   * A new active session that continues this one from message {@code atSeq}: the same origin,
   * settings, tags and free-form objects, linked to this one as its parent. The caller copies the
   * messages up to {@code atSeq} and the todo list into it.
   */
  public Session fork(long atSeq, Instant now) {
    if (atSeq < 0 || atSeq > counters.messageCount()) {
      throw new ValidationException(
          "atSeq",
          "must be between 0 and " + counters.messageCount() + ", the session's last message");
    }
    Session fork =
        new Session(
            accountId,
            new SessionDetails(
                null,
                name,
                summary,
                origin.type(),
                origin.agent(),
                origin.environment(),
                origin.model(),
                projectId,
                origin.component(),
                origin.projectPath(),
                origin.gitBranch(),
                SessionStatus.ACTIVE,
                config == null
                    ? null
                    : new SessionConfig(
                        config.maxMessages(),
                        config.idleTimeoutMinutes(),
                        config.persistenceEnabled(),
                        config.features()),
                llmConfig,
                metadata,
                state,
                tags,
                origin.schemaVersion()),
            now);
    fork.parentId = id;
    fork.forkedAtSeq = atSeq;
    return fork;
  }

  /** Links an imported session to its parent, which the importer found in the same account. */
  public void linkToParent(UUID parent, Long atSeq) {
    this.parentId = parent;
    this.forkedAtSeq = parent == null ? null : atSeq;
  }

  /**
   * A session brought in from a document: it starts active at its original creation time, under its
   * original id when that is given (null: a new one), takes its messages, todos and interactions
   * like any session, and then {@link #finishImport} restores how it ended.
   */
  public static Session imported(
      UUID id, UUID accountId, SessionDetails details, Instant createdAt) {
    Session session =
        new Session(
            accountId, details.withStatus(SessionStatus.ACTIVE), Timestamps.normalize(createdAt));
    session.id = id;
    return session;
  }

  /**
   * Restores the end of an imported history as it was recorded, outside the status machine: the
   * document is the record of transitions that already happened.
   */
  public void finishImport(
      SessionStatus finalStatus,
      String errorMessage,
      Instant updated,
      Instant lastActivity,
      Instant closed) {
    this.status = finalStatus;
    this.error = errorMessage;
    this.lastActivityAt =
        lastActivity == null ? lastActivityAt : Timestamps.normalize(lastActivity);
    this.updatedAt = updated == null ? updatedAt : Timestamps.normalize(updated);
    this.closedAt =
        !finalStatus.isTerminal()
            ? null
            : closed == null ? updatedAt : Timestamps.normalize(closed);
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
      boolean completesTurn,
      String userText,
      TokenCounts tokens,
      BigDecimal costUsd,
      long bytes,
      Instant now) {
    requireOpen();
    counters = counters.plusMessage(completesTurn, tokens, costUsd);
    contentBytes += bytes;
    if (preview == null && userText != null) {
      preview = SessionPreview.of(userText);
    }
    if (status == SessionStatus.IDLE || status == SessionStatus.INITIALIZING) {
      status = SessionStatus.ACTIVE;
    }
    touch(now);
  }

  /**
   * Takes in a message's corrected usage (see {@code Message.correctUsage}): the totals lose what
   * it had and gain what it has now.
   */
  public void recordUsageCorrection(
      TokenCounts before,
      BigDecimal costBefore,
      TokenCounts after,
      BigDecimal costAfter,
      Instant now) {
    counters = counters.withUsageCorrected(before, costBefore, after, costAfter);
    updatedAt = now;
  }

  /**
   * Takes in what a transcript read again says of the session: its title and summary replace the
   * ones the last read gave (a name or summary edited in the vault since is kept), and the time of
   * its last line is the last activity.
   *
   * @param previousName the name the last read gave, null if none
   * @param previousSummary the summary the last read gave, null if none
   */
  public void syncTranscript(
      String name,
      String previousName,
      String summary,
      String previousSummary,
      Map<String, Object> metadata,
      Instant lastActivity,
      Instant now) {
    if (name != null && (this.name == null || this.name.equals(previousName))) {
      this.name = name;
    }
    if (summary != null && (this.summary == null || this.summary.equals(previousSummary))) {
      this.summary = summary;
    }
    this.metadata = jsonObject(metadata);
    if (lastActivity != null && lastActivity.isAfter(lastActivityAt)) {
      this.lastActivityAt = Timestamps.normalize(lastActivity);
    }
    this.updatedAt = now;
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

  /**
   * Takes in an interaction of {@code bytes} content bytes; returns its sequence number (1, 2, 3,
   * ... per session).
   */
  public long recordInteraction(long bytes, Instant now) {
    requireOpen();
    counters = counters.plusInteraction();
    contentBytes += bytes;
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

  /**
   * The UTF-8 bytes of its messages' text and blocks and its interactions' commands and results.
   */
  public long contentBytes() {
    return contentBytes;
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

  /** The session this one was forked from, while it exists; null for a session never forked. */
  public UUID parentId() {
    return parentId;
  }

  /** The last message copied from the parent when this session was forked. */
  public Long forkedAtSeq() {
    return forkedAtSeq;
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

package dev.sessionvault.domain.interaction;

import dev.sessionvault.domain.session.ContentSize;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.shared.AssignableUuid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One command/result pair of a session, numbered in the order it was recorded. */
@Entity
@Table(name = "interactions")
public class Interaction {
  @Id @AssignableUuid private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private Session session;

  @Column(name = "seq", nullable = false, updatable = false)
  private long seq;

  @Column(name = "command", nullable = false, updatable = false)
  private String command;

  @Column(name = "result", updatable = false)
  private String result;

  @Column(name = "exit_code", updatable = false)
  private Integer exitCode;

  @Column(name = "started_at", updatable = false)
  private Instant startedAt;

  @Column(name = "finished_at", updatable = false)
  private Instant finishedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Interaction() {}

  /** Records an interaction at the session's next interaction number. */
  public static Interaction record(Session session, InteractionContent content, Instant now) {
    long bytes = ContentSize.of(content.command()) + ContentSize.of(content.result());
    return new Interaction(session, session.recordInteraction(bytes, now), content, now);
  }

  /**
   * Records an interaction brought back from an export under the id it had ({@code null}: a new
   * one); the importer has checked that no row holds that id.
   */
  public static Interaction restore(
      Session session, UUID id, InteractionContent content, Instant createdAt) {
    Interaction interaction = record(session, content, createdAt);
    interaction.id = id;
    return interaction;
  }

  private Interaction(Session session, long seq, InteractionContent content, Instant now) {
    this.session = session;
    this.seq = seq;
    this.command = content.command();
    this.result = content.result();
    this.exitCode = content.exitCode();
    this.startedAt = content.startedAt();
    this.finishedAt = content.finishedAt();
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public Session session() {
    return session;
  }

  public long seq() {
    return seq;
  }

  public String command() {
    return command;
  }

  public String result() {
    return result;
  }

  public Integer exitCode() {
    return exitCode;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}

package dev.sessionvault.domain.retention;

import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.transcript.Transcript;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * A deleted session during its grace period: what is needed to bring it back whole (its lossless
 * document, gzip-compressed, and its kept transcript) and what the trash lists of it. The session's
 * own rows and index documents are gone; after {@link #purgeAfter()} this goes too.
 */
@Entity
@Table(name = "trashed_sessions")
public class TrashedSession {
  @Id
  @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
  private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "session_id", nullable = false, updatable = false)
  private UUID sessionId;

  @Column(name = "external_id", updatable = false)
  private String externalId;

  @Column(name = "name", updatable = false)
  private String name;

  @Column(name = "project_id", updatable = false)
  private UUID projectId;

  @Column(name = "status", nullable = false, updatable = false)
  private SessionStatus status;

  @Column(name = "last_activity_at", nullable = false, updatable = false)
  private Instant lastActivityAt;

  @Column(name = "message_count", nullable = false, updatable = false)
  private long messageCount;

  @Column(name = "content_bytes", nullable = false, updatable = false)
  private long contentBytes;

  @Column(name = "reason", nullable = false, updatable = false)
  private DeletionReason reason;

  @Column(name = "trashed_at", nullable = false, updatable = false)
  private Instant trashedAt;

  @Column(name = "purge_after", nullable = false, updatable = false)
  private Instant purgeAfter;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "document", nullable = false, updatable = false)
  private byte[] document;

  @Column(name = "document_bytes", nullable = false, updatable = false)
  private long documentBytes;

  /** The document and the transcript, as stored (both compressed). */
  @Column(name = "stored_bytes", nullable = false, updatable = false)
  private long storedBytes;

  @Column(name = "transcript_format", updatable = false)
  private String transcriptFormat;

  @Column(name = "transcript_original_sha256", updatable = false)
  private String transcriptOriginalSha256;

  @Column(name = "transcript_original_length", updatable = false)
  private Long transcriptOriginalLength;

  @Column(name = "transcript_sha256", updatable = false)
  private String transcriptSha256;

  @Column(name = "transcript_byte_length", updatable = false)
  private Long transcriptByteLength;

  @Column(name = "transcript_redactions", updatable = false)
  private Long transcriptRedactions;

  @Column(name = "transcript_created_at", updatable = false)
  private Instant transcriptCreatedAt;

  @Column(name = "transcript_updated_at", updatable = false)
  private Instant transcriptUpdatedAt;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "transcript", updatable = false)
  private byte[] transcript;

  protected TrashedSession() {}

  /**
   * The trash entry of a session about to be removed.
   *
   * @param gzippedDocument the session's canonical document, gzip-compressed
   * @param kept the session's stored transcript, if any
   */
  public TrashedSession(
      Session session,
      DeletionReason reason,
      byte[] gzippedDocument,
      Optional<Transcript> kept,
      Instant now,
      Duration grace) {
    this.accountId = session.accountId();
    this.sessionId = session.id();
    this.externalId = session.origin().externalId();
    this.name = session.name();
    this.projectId = session.projectId();
    this.status = session.status();
    this.lastActivityAt = session.lastActivityAt();
    this.messageCount = session.counters().messageCount();
    this.contentBytes = session.contentBytes();
    this.reason = reason;
    this.trashedAt = now;
    this.purgeAfter = now.plus(grace);
    this.document = gzippedDocument;
    this.documentBytes = gzippedDocument.length;
    kept.ifPresent(this::keep);
    this.storedBytes = documentBytes + (transcript == null ? 0 : transcript.length);
  }

  private void keep(Transcript kept) {
    transcriptFormat = kept.format();
    transcriptOriginalSha256 = kept.original().sha256();
    transcriptOriginalLength = kept.original().length();
    transcriptSha256 = kept.stored().sha256();
    transcriptByteLength = kept.stored().length();
    transcriptRedactions = kept.redactions();
    transcriptCreatedAt = kept.createdAt();
    transcriptUpdatedAt = kept.updatedAt();
    transcript = kept.compressedContent();
  }

  /** The kept transcript as it was, for the session restored under {@code restoredId}. */
  public Optional<Transcript> transcriptFor(UUID restoredId) {
    if (transcript == null) {
      return Optional.empty();
    }
    Transcript restored = new Transcript(restoredId, accountId, transcriptCreatedAt);
    restored.store(
        transcriptFormat,
        new Transcript.Fingerprint(transcriptOriginalSha256, transcriptOriginalLength),
        new Transcript.Fingerprint(transcriptSha256, transcriptByteLength),
        transcript,
        transcriptRedactions,
        transcriptUpdatedAt);
    return Optional.of(restored);
  }

  /** What the entry takes in the database: its document and its transcript, both compressed. */
  public long storedBytes() {
    return storedBytes;
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public UUID sessionId() {
    return sessionId;
  }

  public String externalId() {
    return externalId;
  }

  public String name() {
    return name;
  }

  public UUID projectId() {
    return projectId;
  }

  public SessionStatus status() {
    return status;
  }

  public Instant lastActivityAt() {
    return lastActivityAt;
  }

  public long messageCount() {
    return messageCount;
  }

  public long contentBytes() {
    return contentBytes;
  }

  public DeletionReason reason() {
    return reason;
  }

  public Instant trashedAt() {
    return trashedAt;
  }

  public Instant purgeAfter() {
    return purgeAfter;
  }

  /** The canonical document, gzip-compressed. */
  public byte[] document() {
    return document;
  }

  public long documentBytes() {
    return documentBytes;
  }

  public boolean hasTranscript() {
    return transcriptFormat != null;
  }
}

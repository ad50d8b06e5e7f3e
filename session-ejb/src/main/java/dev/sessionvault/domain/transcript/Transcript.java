package dev.sessionvault.domain.transcript;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The file an assistant wrote for a session (a Claude Code transcript, a Codex rollout), kept
 * gzip-compressed: exactly the bytes that were sent, or those bytes with their secrets replaced
 * when redaction on ingest is on ({@code redactions} says how many). A session keeps the longest
 * version it was sent: a transcript only grows while its session runs.
 */
@Entity
@Table(name = "transcripts")
public class Transcript {
  @Id
  @Column(name = "session_id")
  private UUID sessionId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "format", nullable = false)
  private String format;

  @Column(name = "original_sha256", nullable = false)
  private String originalSha256;

  @Column(name = "original_length", nullable = false)
  private long originalLength;

  @Column(name = "sha256", nullable = false)
  private String sha256;

  @Column(name = "byte_length", nullable = false)
  private long byteLength;

  @Column(name = "compressed_length", nullable = false)
  private long compressedLength;

  @Column(name = "redactions", nullable = false)
  private long redactions;

  @Column(name = "content", nullable = false)
  private byte[] content;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Transcript() {}

  public Transcript(UUID sessionId, UUID accountId, Instant now) {
    this.sessionId = sessionId;
    this.accountId = accountId;
    this.createdAt = now;
  }

  /**
   * Takes a version of the file.
   *
   * @param original the file as it was sent: its SHA-256 (hex) and length
   * @param stored what is kept: the SHA-256 and length of the (redacted) bytes, and those bytes
   *     gzip-compressed
   */
  public void store(
      String format,
      Fingerprint original,
      Fingerprint stored,
      byte[] compressed,
      long redactionCount,
      Instant now) {
    this.format = format;
    this.originalSha256 = original.sha256();
    this.originalLength = original.length();
    this.sha256 = stored.sha256();
    this.byteLength = stored.length();
    this.content = compressed;
    this.compressedLength = compressed.length;
    this.redactions = redactionCount;
    this.updatedAt = now;
  }

  /** Whether a version of {@code length} bytes should replace this one: only a longer one does. */
  public boolean isReplacedBy(long length) {
    return length > originalLength;
  }

  /** A file's SHA-256 (lowercase hex) and length in bytes. */
  public record Fingerprint(String sha256, long length) {}

  public UUID sessionId() {
    return sessionId;
  }

  public UUID accountId() {
    return accountId;
  }

  public String format() {
    return format;
  }

  public Fingerprint original() {
    return new Fingerprint(originalSha256, originalLength);
  }

  public Fingerprint stored() {
    return new Fingerprint(sha256, byteLength);
  }

  public long compressedLength() {
    return compressedLength;
  }

  public long redactions() {
    return redactions;
  }

  /** The stored bytes, gzip-compressed. */
  public byte[] compressedContent() {
    return content;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}

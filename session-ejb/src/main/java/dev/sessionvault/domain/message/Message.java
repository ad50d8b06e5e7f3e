package dev.sessionvault.domain.message;

import dev.sessionvault.domain.session.ContentSize;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.shared.AssignableUuid;
import dev.sessionvault.domain.shared.TokenCounts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One message of a conversation. Immutable once appended, but for its usage when a transcript read
 * again shows more of the response ({@link #correctUsage}): its {@code seq} is its place in the
 * session, assigned by the session inside the appending transaction.
 */
@Entity
@Table(name = "messages")
public class Message {
  @Id @AssignableUuid private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private Session session;

  @Column(name = "seq", nullable = false, updatable = false)
  private long seq;

  @Column(name = "external_id", updatable = false)
  private String externalId;

  @Column(name = "parent_external_id", updatable = false)
  private String parentExternalId;

  @Column(name = "role", nullable = false, updatable = false)
  private MessageRole role;

  @Column(name = "content", nullable = false, updatable = false)
  private String content;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "blocks", updatable = false)
  private List<Map<String, Object>> blocks;

  @Column(name = "tool_name", updatable = false)
  private String toolName;

  @Column(name = "tool_call_id", updatable = false)
  private String toolCallId;

  @Column(name = "model", updatable = false)
  private String model;

  @Embedded private TokenCounts tokens;

  @Column(name = "cost_usd")
  private BigDecimal costUsd;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant timestamp;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Message() {}

  /**
   * Appends a message at the session's next sequence number and folds it into the session's
   * aggregates ({@link Session#recordMessage}, which fails before changing anything).
   */
  public static Message append(Session session, MessageContent content, Instant now) {
    Message message = new Message(session, session.nextMessageSeq(), content, now);
    session.recordMessage(
        message.role == MessageRole.ASSISTANT,
        message.role == MessageRole.USER ? message.content : null,
        message.tokens,
        message.costUsd,
        ContentSize.of(message.content) + ContentSize.ofJson(message.blocks),
        now);
    return message;
  }

  /**
   * Appends a message brought back from an export under the id it had ({@code null}: a new one);
   * the importer has checked that no row holds that id.
   */
  public static Message restore(
      Session session, UUID id, MessageContent content, Instant createdAt) {
    Message message = append(session, content, createdAt);
    message.id = id;
    return message;
  }

  private Message(Session session, long seq, MessageContent content, Instant now) {
    this.session = session;
    this.seq = seq;
    this.externalId = content.externalId();
    this.parentExternalId = content.parentExternalId();
    this.role = content.role();
    this.blocks = content.blocks() == null ? null : new ArrayList<>(content.blocks());
    this.content =
        content.content() != null ? content.content() : ContentBlocks.plainText(content.blocks());
    this.toolName = content.toolName();
    this.toolCallId = content.toolCallId();
    this.model = content.model();
    this.tokens = content.tokens() == null ? TokenCounts.NONE : content.tokens();
    this.costUsd = content.costUsd();
    this.timestamp = content.timestamp() == null ? now : content.timestamp();
    this.createdAt = now;
  }

  /**
   * Replaces the usage and cost: an assistant writes a response over several transcript lines while
   * its output grows, and a transcript synchronised in the middle of one showed less than the
   * response finally used. The session's totals follow.
   */
  public void correctUsage(TokenCounts corrected, BigDecimal correctedCost, Instant now) {
    session.recordUsageCorrection(tokens, costUsd, corrected, correctedCost, now);
    this.tokens = corrected;
    this.costUsd = correctedCost;
  }

  /** What the message says, as a client would send it again (a fork copies it so). */
  public MessageContent asContent() {
    return new MessageContent(
        externalId,
        parentExternalId,
        role,
        content,
        blocks,
        toolName,
        toolCallId,
        model,
        tokens,
        costUsd,
        timestamp);
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

  public String externalId() {
    return externalId;
  }

  public String parentExternalId() {
    return parentExternalId;
  }

  public MessageRole role() {
    return role;
  }

  public String content() {
    return content;
  }

  public List<Map<String, Object>> blocks() {
    return blocks;
  }

  public String toolName() {
    return toolName;
  }

  public String toolCallId() {
    return toolCallId;
  }

  public String model() {
    return model;
  }

  public TokenCounts tokens() {
    return tokens;
  }

  public BigDecimal costUsd() {
    return costUsd;
  }

  public Instant timestamp() {
    return timestamp;
  }

  public Instant createdAt() {
    return createdAt;
  }
}

package dev.sessionvault.application.view.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One search hit. {@code kind} is message, todo or interaction; {@code messageId}, {@code seq} and
 * {@code role} belong to messages ({@code seq} also to interactions). {@code highlights} are
 * HTML-escaped fragments in which only {@code <mark>} tags are markup. The search index projects
 * hits straight into this record; {@code status} comes from the database afterwards, since it
 * changes too often to be copied into every hit.
 */
public record SearchHitView(
    String kind,
    UUID id,
    UUID sessionId,
    String sessionName,
    String agent,
    String model,
    UUID projectId,
    String status,
    UUID messageId,
    Long seq,
    String role,
    Instant timestamp,
    float score,
    List<String> highlights) {

  /** This hit with its session's current status. */
  public SearchHitView withStatus(String currentStatus) {
    return new SearchHitView(
        kind,
        id,
        sessionId,
        sessionName,
        agent,
        model,
        projectId,
        currentStatus,
        messageId,
        seq,
        role,
        timestamp,
        score,
        highlights);
  }
}

package dev.sessionvault.domain.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One hit with its session's facts and its highlighted fragments: HTML-escaped text in which only
 * {@code <mark>}...{@code </mark>} is markup. {@code seq}, {@code role} and {@code timestamp} are
 * null where the kind has none (a todo has no time).
 */
public record SearchHit(
    HitKind kind,
    UUID id,
    UUID sessionId,
    String sessionName,
    String agent,
    String model,
    UUID projectId,
    String status,
    Long seq,
    String role,
    Instant timestamp,
    float score,
    List<String> highlights) {}

package dev.sessionvault.domain.session;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The new values of a session's editable fields (the result of a merge patch: null clears). */
public record SessionEdits(
    String name,
    String summary,
    Set<String> tags,
    Map<String, Object> metadata,
    SessionConfig config,
    Map<String, Object> llmConfig,
    Map<String, Object> state,
    UUID projectId) {}

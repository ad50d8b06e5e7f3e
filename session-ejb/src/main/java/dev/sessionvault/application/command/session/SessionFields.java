package dev.sessionvault.application.command.session;

import dev.sessionvault.application.command.Tag;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionEdits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The editable fields of a session, as a whole: an {@link EditSessionCommand} is applied to the
 * current values, and the result is validated here with the same rules as a create, so an edit
 * cannot store what a create would refuse.
 */
public record SessionFields(
    @Size(max = 200) String name,
    @Size(max = 20_000) String summary,
    @Size(max = Tag.MAX_PER_SESSION) List<@Tag String> tags,
    Map<String, Object> metadata,
    @Valid SessionConfigInput config,
    Map<String, Object> llmConfig,
    Map<String, Object> state,
    UUID projectId) {

  public static SessionFields of(Session session) {
    return new SessionFields(
        session.name(),
        session.summary(),
        List.copyOf(session.tags()),
        session.metadata(),
        SessionConfigInput.of(session.config()),
        session.llmConfig(),
        session.state(),
        session.projectId());
  }

  public SessionEdits toDomain() {
    return new SessionEdits(
        name,
        summary,
        tags == null ? null : new LinkedHashSet<>(tags),
        metadata,
        config == null ? null : config.toDomain(),
        llmConfig,
        state,
        projectId);
  }
}

package dev.sessionvault.application.command.session;

import dev.sessionvault.application.command.FieldEdit;
import dev.sessionvault.application.command.FreeFormMerge;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An edit of a session's editable fields with the semantics of a JSON Merge Patch (RFC 7386):
 * members not given stay, members given as null are cleared, objects (metadata, config, llmConfig,
 * state) are merged member by member. The service applies it to the current values and validates
 * the result as a whole ({@link SessionFields}).
 */
public record EditSessionCommand(
    FieldEdit<String> name,
    FieldEdit<String> summary,
    FieldEdit<List<String>> tags,
    FieldEdit<Map<String, Object>> metadata,
    FieldEdit<SessionConfigEdit> config,
    FieldEdit<Map<String, Object>> llmConfig,
    FieldEdit<Map<String, Object>> state,
    FieldEdit<UUID> projectId) {

  public EditSessionCommand {
    name = FieldEdit.orKeep(name);
    summary = FieldEdit.orKeep(summary);
    tags = FieldEdit.orKeep(tags);
    metadata = FieldEdit.orKeep(metadata);
    config = FieldEdit.orKeep(config);
    llmConfig = FieldEdit.orKeep(llmConfig);
    state = FieldEdit.orKeep(state);
    projectId = FieldEdit.orKeep(projectId);
  }

  /** The names of the fields this edit gives, sorted: what the audit trail records. */
  public Set<String> fields() {
    Set<String> given = new TreeSet<>();
    addIfGiven(given, "name", name);
    addIfGiven(given, "summary", summary);
    addIfGiven(given, "tags", tags);
    addIfGiven(given, "metadata", metadata);
    addIfGiven(given, "config", config);
    addIfGiven(given, "llmConfig", llmConfig);
    addIfGiven(given, "state", state);
    addIfGiven(given, "projectId", projectId);
    return given;
  }

  /** The editable fields after this edit; {@code current} is not changed. */
  public SessionFields applyTo(SessionFields current) {
    return new SessionFields(
        name.applyTo(current.name()),
        summary.applyTo(current.summary()),
        tags.applyTo(current.tags()),
        metadata.mergeInto(current.metadata(), FreeFormMerge::merge),
        config.mergeInto(current.config(), (settings, edit) -> edit.applyTo(settings)),
        llmConfig.mergeInto(current.llmConfig(), FreeFormMerge::merge),
        state.mergeInto(current.state(), FreeFormMerge::merge),
        projectId.applyTo(current.projectId()));
  }

  private static void addIfGiven(Set<String> names, String name, FieldEdit<?> edit) {
    if (edit.given()) {
      names.add(name);
    }
  }
}

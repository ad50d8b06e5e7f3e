package dev.sessionvault.application.command;

import java.util.Set;
import java.util.TreeSet;

/**
 * An edit of a project with the semantics of a JSON Merge Patch: members not given stay, null
 * clears. The result is validated as a whole {@link ProjectCommand}, like a create.
 */
public record EditProjectCommand(
    FieldEdit<String> key, FieldEdit<String> name, FieldEdit<String> rootPath) {

  public EditProjectCommand {
    key = FieldEdit.orKeep(key);
    name = FieldEdit.orKeep(name);
    rootPath = FieldEdit.orKeep(rootPath);
  }

  /** The names of the fields this edit gives, sorted: what the audit trail records. */
  public Set<String> fields() {
    Set<String> given = new TreeSet<>();
    if (key.given()) {
      given.add("key");
    }
    if (name.given()) {
      given.add("name");
    }
    if (rootPath.given()) {
      given.add("rootPath");
    }
    return given;
  }

  public ProjectCommand applyTo(ProjectCommand current) {
    return new ProjectCommand(
        key.applyTo(current.key()),
        name.applyTo(current.name()),
        rootPath.applyTo(current.rootPath()));
  }
}

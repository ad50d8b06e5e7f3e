package dev.sessionvault.application.command.session;

import dev.sessionvault.application.command.FieldEdit;
import java.util.List;

/** An edit of a session's settings: each member is kept, cleared or replaced on its own. */
public record SessionConfigEdit(
    FieldEdit<Integer> maxMessages,
    FieldEdit<Integer> idleTimeoutMinutes,
    FieldEdit<Boolean> persistenceEnabled,
    FieldEdit<List<String>> features) {

  public SessionConfigEdit {
    maxMessages = FieldEdit.orKeep(maxMessages);
    idleTimeoutMinutes = FieldEdit.orKeep(idleTimeoutMinutes);
    persistenceEnabled = FieldEdit.orKeep(persistenceEnabled);
    features = FieldEdit.orKeep(features);
  }

  /** The settings after the edit; a session without settings gets them, with only these members. */
  public SessionConfigInput applyTo(SessionConfigInput current) {
    SessionConfigInput base =
        current == null ? new SessionConfigInput(null, null, null, null) : current;
    return new SessionConfigInput(
        maxMessages.applyTo(base.maxMessages()),
        idleTimeoutMinutes.applyTo(base.idleTimeoutMinutes()),
        persistenceEnabled.applyTo(base.persistenceEnabled()),
        features.applyTo(base.features()));
  }
}

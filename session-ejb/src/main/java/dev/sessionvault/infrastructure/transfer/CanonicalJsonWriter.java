package dev.sessionvault.infrastructure.transfer;

import dev.sessionvault.application.transfer.ExportFormat;
import dev.sessionvault.application.transfer.SessionDocumentWriter;
import dev.sessionvault.application.view.session.InteractionView;
import dev.sessionvault.application.view.session.MessageView;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.application.view.session.TodoView;
import jakarta.json.stream.JsonGenerator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical document: {@code {schemaVersion, generator, exportedAt, session, messages, todos,
 * interactions, redactions}}, written member by member as the parts arrive.
 */
final class CanonicalJsonWriter implements SessionDocumentWriter {
  /** A message's session is the document's: not repeated in every message. */
  static final Set<String> MESSAGE_SKIPPED = Set.of("sessionId");

  private final JsonGenerator json;
  private final String exportedAt;
  private boolean interactionsOpen;

  CanonicalJsonWriter(JsonGenerator json, String exportedAt) {
    this.json = json;
    this.exportedAt = exportedAt;
  }

  @Override
  public void session(SessionView session) {
    json.writeStartObject();
    json.write("schemaVersion", ExportFormat.SCHEMA_VERSION);
    json.write("generator", DocumentFormats.GENERATOR);
    json.write("exportedAt", exportedAt);
    JsonValues.writeRecord(json, "session", session, Set.of());
    json.writeStartArray("messages");
  }

  @Override
  public void message(MessageView message) {
    JsonValues.writeRecord(json, null, message, MESSAGE_SKIPPED);
  }

  @Override
  public void todos(List<TodoView> todos) {
    json.writeEnd();
    JsonValues.write(json, "todos", todos);
    json.writeStartArray("interactions");
    interactionsOpen = true;
  }

  @Override
  public void interaction(InteractionView interaction) {
    JsonValues.writeRecord(json, null, interaction, Set.of());
  }

  @Override
  public void end(Map<String, Long> redactions) {
    if (interactionsOpen) {
      json.writeEnd();
    }
    JsonValues.write(json, "redactions", redactions);
    json.writeEnd();
    json.flush();
  }
}

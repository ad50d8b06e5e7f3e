package dev.sessionvault.infrastructure.transfer;

import dev.sessionvault.application.transfer.ExportFormat;
import dev.sessionvault.application.transfer.SessionDocumentWriter;
import dev.sessionvault.application.view.session.InteractionView;
import dev.sessionvault.application.view.session.MessageView;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.application.view.session.TodoView;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One JSON record per line, told apart by {@code type}: {@code session} (the header, with the
 * schema version), then {@code message}, {@code todo} and {@code interaction} records, then {@code
 * end} with the counts, by which a reader knows the file is complete.
 */
final class JsonLinesWriter implements SessionDocumentWriter {
  private final JsonGeneratorFactory generators;
  private final Writer out;
  private final String exportedAt;
  private long messages;
  private long todos;
  private long interactions;

  JsonLinesWriter(JsonGeneratorFactory generators, Writer out, String exportedAt) {
    this.generators = generators;
    this.out = out;
    this.exportedAt = exportedAt;
  }

  @Override
  public void session(SessionView session) throws IOException {
    JsonGenerator json = line("session");
    json.write("schemaVersion", ExportFormat.SCHEMA_VERSION);
    json.write("generator", DocumentFormats.GENERATOR);
    json.write("exportedAt", exportedAt);
    JsonValues.writeRecord(json, "session", session, Set.of());
    close(json);
  }

  @Override
  public void message(MessageView message) throws IOException {
    record("message", message, CanonicalJsonWriter.MESSAGE_SKIPPED);
    messages++;
  }

  @Override
  public void todos(List<TodoView> list) throws IOException {
    for (TodoView todo : list) {
      record("todo", todo, Set.of());
    }
    todos = list.size();
  }

  @Override
  public void interaction(InteractionView interaction) throws IOException {
    record("interaction", interaction, Set.of());
    interactions++;
  }

  @Override
  public void end(Map<String, Long> redactions) throws IOException {
    JsonGenerator json = line("end");
    json.write("messages", messages);
    json.write("todos", todos);
    json.write("interactions", interactions);
    JsonValues.write(json, "redactions", redactions);
    close(json);
    out.flush();
  }

  private void record(String type, Record part, Set<String> skipped) throws IOException {
    JsonGenerator json = line(type);
    JsonValues.writeComponents(json, part, skipped);
    close(json);
  }

  private JsonGenerator line(String type) {
    JsonGenerator json = generators.createGenerator(new KeepOpenWriter(out));
    json.writeStartObject();
    json.write("type", type);
    return json;
  }

  private void close(JsonGenerator json) throws IOException {
    json.writeEnd();
    json.close();
    out.write('\n');
  }
}

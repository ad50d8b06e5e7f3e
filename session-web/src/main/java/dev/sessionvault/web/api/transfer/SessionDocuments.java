package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.UnreadableSession;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.web.api.transfer.migration.MalformedDocumentException;
import dev.sessionvault.web.api.transfer.migration.Migrated;
import dev.sessionvault.web.api.transfer.migration.SchemaMigrations;
import dev.sessionvault.web.api.transfer.migration.UnsupportedSchemaVersionException;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * A session document of any supported version (1 to 4), migrated to the current one and read. A
 * problem of a message or todo is reported at that part's place in the document as sent (its
 * members by their current names); one of the session's fields at its place in the migrated one.
 */
final class SessionDocuments {
  private SessionDocuments() {}

  /**
   * The session of a document that is {@code source} in the request ({@code /3}, a ZIP entry's
   * name); its problems are reported under {@code at} ({@code /3}, {@code name#}).
   */
  static ImportItem read(JsonObject document, String source, String at) {
    Migrated migrated;
    try {
      migrated = SchemaMigrations.toCurrent(document);
    } catch (UnsupportedSchemaVersionException e) {
      String field = e.member().isEmpty() ? at : at + "/" + e.member();
      return new UnreadableSession(
          source, null, 422, List.of(new FieldError(field, e.getMessage())));
    } catch (MalformedDocumentException e) {
      return new UnreadableSession(
          source, null, 400, List.of(new FieldError(at + e.pointer(), e.getMessage())));
    }
    return CanonicalDocuments.read(
        migrated.document(),
        source,
        at,
        "json",
        migrated.sourceVersion(),
        migrated.warnings(),
        migrated.places());
  }
}

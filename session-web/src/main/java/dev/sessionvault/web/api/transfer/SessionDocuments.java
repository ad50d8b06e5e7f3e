package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.ExportFormat;
import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.UnreadableSession;
import dev.sessionvault.domain.shared.FieldError;
import jakarta.json.JsonObject;
import java.util.List;

/** A session document of any supported version, brought to the current one and read. */
final class SessionDocuments {
  private SessionDocuments() {}

  static ImportItem read(JsonObject document, String at) {
    int version = document.getInt("schemaVersion", 0);
    if (version == ExportFormat.SCHEMA_VERSION) {
      return CanonicalDocuments.read(document, at, "json", version, List.of());
    }
    return new UnreadableSession(
        at,
        null,
        422,
        List.of(
            new FieldError(
                at + "/schemaVersion",
                "version " + version + " is not supported; supported schema versions: 4")));
  }
}

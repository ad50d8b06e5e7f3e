package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.retention.TrashService;
import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.ImportedSession;
import dev.sessionvault.web.api.json.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * The session a trash entry holds, read from its canonical document exactly as an import reads one
 * (the document is the vault's own export, so it reads whole).
 */
@ApplicationScoped
public class TrashedDocuments {
  @Inject TrashService trash;

  public ImportedSession read(UUID entryId) {
    try (InputStream document = trash.document(entryId);
        JsonParser parser = JsonText.parser(JsonText.utf8(document, Long.MAX_VALUE))) {
      parser.next();
      JsonObject json = parser.getObject();
      ImportItem item = SessionDocuments.read(json, "trash/" + entryId, "");
      if (item instanceof ImportedSession session) {
        return session;
      }
      throw new IllegalStateException("the trash document of " + entryId + " does not read back");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

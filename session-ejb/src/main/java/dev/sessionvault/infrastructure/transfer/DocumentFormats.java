package dev.sessionvault.infrastructure.transfer;

import dev.sessionvault.application.transfer.BackupArchive;
import dev.sessionvault.application.transfer.ExportFormat;
import dev.sessionvault.application.transfer.SessionDocumentFormats;
import dev.sessionvault.application.transfer.SessionDocumentWriter;
import dev.sessionvault.domain.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The writer of each export format, writing UTF-8 through one buffer. */
@ApplicationScoped
public class DocumentFormats implements SessionDocumentFormats {
  static final String GENERATOR = "Session Vault";

  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

  @Override
  public SessionDocumentWriter open(ExportFormat format, OutputStream out) {
    Writer text =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    String exportedAt = Timestamps.now().toString();
    return switch (format) {
      case JSON ->
          new CanonicalJsonWriter(GENERATORS.createGenerator(new KeepOpenWriter(text)), exportedAt);
      case JSONL -> new JsonLinesWriter(GENERATORS, text, exportedAt);
      case MARKDOWN -> new MarkdownWriter(text, exportedAt);
      case HTML -> new HtmlWriter(text, exportedAt);
    };
  }

  @Override
  public BackupArchive openBackup(OutputStream out) {
    return new ZipBackupWriter(out, Timestamps.now().toString());
  }
}

package dev.sessionvault.application.transfer;

import dev.sessionvault.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a single session exports to, with what a download of each is served as. */
public enum ExportFormat {
  /** The canonical Session Vault document: full fidelity, imports back exactly. */
  JSON("application/json", "json"),
  /** One record per line: a header, then messages, todos and interactions, then an end record. */
  JSONL("application/x-ndjson", "jsonl"),
  /** A readable transcript. */
  MARKDOWN("text/markdown; charset=UTF-8", "md"),
  /** One self-contained page. */
  HTML("text/html; charset=UTF-8", "html");

  /** The canonical document's current schema version. */
  public static final int SCHEMA_VERSION = 4;

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of a query parameter; absent means the canonical JSON. */
  public static ExportFormat parse(String wireName) {
    if (wireName == null || wireName.isBlank()) {
      return JSON;
    }
    return Arrays.stream(values())
        .filter(format -> format.wireName().equals(wireName.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new ValidationException(
                    "format",
                    "must be one of: "
                        + Arrays.stream(values())
                            .map(ExportFormat::wireName)
                            .collect(Collectors.joining(", "))));
  }
}

package dev.sessionvault.web.api.transfer.migration;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a session document's version and migrates it step by step to the current one: v1 (the
 * original persisted-session format) to v2 (the SDK session store) to v3 (Session Vault's first
 * canonical format) to v4 (the current one).
 */
public final class SchemaMigrations {
  public static final int CURRENT = 4;

  private static final List<MigrationStep> STEPS =
      List.of(new V1ToV2(), new V2ToV3(), new V3ToV4());

  private SchemaMigrations() {}

  /**
   * The version of a document: {@code schemaVersion} 3 or 4; {@code version: 1}; or the shape of
   * the SDK session store ({@code session_id}, messages of {@code type} and {@code data}).
   *
   * @throws UnsupportedSchemaVersionException for any other version or shape
   */
  public static int detect(JsonObject document) {
    if (document.containsKey("schemaVersion")) {
      int version = integer(document.get("schemaVersion"));
      if (version == 3 || version == CURRENT) {
        return version;
      }
      throw new UnsupportedSchemaVersionException(
          "schemaVersion", "schemaVersion " + document.get("schemaVersion"));
    }
    if (document.containsKey("version")) {
      if (integer(document.get("version")) == 1) {
        return 1;
      }
      throw new UnsupportedSchemaVersionException("version", "version " + document.get("version"));
    }
    if (document.containsKey("session_id") || isSdkStore(document.get("messages"))) {
      return 2;
    }
    throw new UnsupportedSchemaVersionException(
        "", "a document without schemaVersion (nor the shape of version 1 or 2)");
  }

  /** The document in the current format, with what each step had to say. */
  public static Migrated toCurrent(JsonObject document) {
    int source = detect(document);
    List<String> warnings = new ArrayList<>();
    JsonObject migrated = document;
    for (int version = source; version < CURRENT; version++) {
      migrated = STEPS.get(version - 1).apply(migrated, warnings);
    }
    return new Migrated(migrated, source, warnings);
  }

  private static boolean isSdkStore(JsonValue messages) {
    return messages instanceof JsonArray array
        && !array.isEmpty()
        && array.get(0) instanceof JsonObject first
        && first.containsKey("type")
        && first.containsKey("data");
  }

  private static int integer(JsonValue value) {
    return value instanceof JsonNumber number && number.isIntegral() ? number.intValue() : -1;
  }
}

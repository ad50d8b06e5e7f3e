package dev.sessionvault.web.api.transfer.migration;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

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
    return new Migrated(migrated, source, warnings, places(document, source));
  }

  /**
   * Where a part of the migrated document ({@code /messages/3}) was in the document as sent: a
   * version 1 message is its {@code conversation} item, a version 2 message the user or assistant
   * item of the SDK store it was made from (system and result items became session fields).
   */
  static UnaryOperator<String> places(JsonObject source, int version) {
    if (version == 1) {
      return part -> part.startsWith("/messages/") ? "/conversation/" + part.substring(10) : part;
    }
    if (version == 2 && source.get("messages") instanceof JsonArray items) {
      List<Integer> kept = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof JsonObject item
            && item.get("type") instanceof JsonString type
            && Set.of("user", "assistant").contains(type.getString())) {
          kept.add(i);
        }
      }
      return part -> {
        if (!part.startsWith("/messages/")) {
          return part;
        }
        int index = Integer.parseInt(part.substring(10));
        return index < kept.size() ? "/messages/" + kept.get(index) : part;
      };
    }
    return UnaryOperator.identity();
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

package dev.sessionvault.infrastructure.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionvault.domain.session.SessionStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The detail text is hashed into the audit chain: it must not change for the same detail. */
class JsonAuditDetailFormatTest {
  private final JsonAuditDetailFormat format = new JsonAuditDetailFormat();

  private static Map<String, Object> detail() {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("fields", new TreeSet<>(List.of("tags", "name")));
    detail.put("to", SessionStatus.ACTIVE);
    detail.put("created", 2);
    detail.put("revoked", true);
    detail.put("key", UUID.fromString("0192b9e4-5c1a-7f3e-9d2a-4b6c8e0f1a2b"));
    detail.put("reason", null);
    return detail;
  }

  @Test
  void writesCompactJsonInTheDetailsOrder() {
    assertEquals(
        "{\"fields\":[\"name\",\"tags\"],\"to\":\"active\",\"created\":2,\"revoked\":true,"
            + "\"key\":\"0192b9e4-5c1a-7f3e-9d2a-4b6c8e0f1a2b\",\"reason\":null}",
        format.write(detail()));
    assertEquals("{}", format.write(Map.of()));
  }

  @Test
  void readsBackPlainJavaInOrder() {
    Map<String, Object> read = format.read(format.write(detail()));

    assertEquals(
        List.of("fields", "to", "created", "revoked", "key", "reason"), List.copyOf(read.keySet()));
    assertEquals(
        Arrays.asList(
            List.of("name", "tags"),
            "active",
            2L,
            true,
            "0192b9e4-5c1a-7f3e-9d2a-4b6c8e0f1a2b",
            null),
        new ArrayList<>(read.values()));
  }
}

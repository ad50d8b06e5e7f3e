package dev.sessionvault.infrastructure.transfer;

import dev.sessionvault.application.view.session.MessageView;
import dev.sessionvault.application.view.session.SessionView;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the readable formats (Markdown, HTML) say about a session, in words, the same in both. */
final class Transcripts {
  private static final JsonGeneratorFactory PRETTY =
      Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private Transcripts() {}

  static String title(SessionView s) {
    return s.name() == null || s.name().isBlank() ? "Session " + s.id() : s.name();
  }

  /** The metadata table's rows, label to value; absent values are left out. */
  static Map<String, String> facts(SessionView s) {
    Map<String, String> rows = new LinkedHashMap<>();
    put(rows, "Session", s.id().toString());
    put(rows, "External id", s.externalId());
    put(rows, "Agent", s.agent());
    put(rows, "Model", s.model());
    put(rows, "Environment", s.environment());
    put(rows, "Status", s.status());
    put(rows, "Project path", s.projectPath());
    put(rows, "Git branch", s.gitBranch());
    put(rows, "Tags", s.tags().isEmpty() ? null : String.join(", ", s.tags()));
    put(rows, "Created", s.createdAt().toString());
    put(rows, "Last activity", s.lastActivityAt().toString());
    put(rows, "Closed", s.closedAt() == null ? null : s.closedAt().toString());
    put(rows, "Messages", s.messageCount() + " (" + s.turnCount() + " turns)");
    put(
        rows,
        "Tokens",
        String.format(
            Locale.ROOT,
            "%,d in · %,d out · %,d cache read · %,d cache write",
            s.inputTokens(),
            s.outputTokens(),
            s.cacheReadTokens(),
            s.cacheWriteTokens()));
    put(rows, "Cost", "$" + s.totalCostUsd().toPlainString());
    put(rows, "Error", s.error());
    return rows;
  }

  private static void put(Map<String, String> rows, String label, String value) {
    if (value != null && !value.isBlank()) {
      rows.put(label, value);
    }
  }

  /** "Assistant · claude-sonnet-4 · 2026-12-05T04:00:00Z". */
  static String heading(MessageView m) {
    String role = m.role().substring(0, 1).toUpperCase(Locale.ROOT) + m.role().substring(1);
    StringBuilder heading = new StringBuilder(role);
    if (m.toolName() != null) {
      heading.append(" · ").append(m.toolName());
    }
    if (m.model() != null) {
      heading.append(" · ").append(m.model());
    }
    return heading.append(" · ").append(m.timestamp()).toString();
  }

  /** A tool input or an unknown block, pretty-printed. */
  static String json(Object value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = PRETTY.createGenerator(text)) {
      JsonValues.write(json, null, value);
    }
    return text.toString().strip();
  }

  /** A tool result's content: its text, or its text blocks' text. */
  static String resultText(Object content) {
    if (content instanceof List<?> parts) {
      return parts.stream()
          .map(part -> part instanceof Map<?, ?> map ? map.get("text") : part)
          .filter(String.class::isInstance)
          .map(String.class::cast)
          .collect(Collectors.joining("\n"));
    }
    return content == null ? "" : content.toString();
  }

  static String footer(String exportedAt, Map<String, Long> redactions) {
    String base = "Exported by Session Vault at " + exportedAt + ".";
    if (redactions.isEmpty()) {
      return base + " No secrets were found.";
    }
    long total = redactions.values().stream().mapToLong(Long::longValue).sum();
    return base
        + " "
        + total
        + (total == 1 ? " secret" : " secrets")
        + " redacted ("
        + redactions.entrySet().stream()
            .map(entry -> entry.getKey() + ": " + entry.getValue())
            .collect(Collectors.joining(", "))
        + ").";
  }
}

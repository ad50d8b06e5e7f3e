package dev.sessionvault.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;

/** Claude Code transcripts made up for the transcript benchmark, seeded and repeatable. */
final class SyntheticTranscripts {
  private static final String[] WORDS =
      ("the a fix test build refactor parser session vault index query token cache user login"
              + " handler service repository config deploy commit branch merge review flaky timeout"
              + " retry null pointer exception stack trace log metric span trace getUserById"
              + " parseConfig HttpClient Optional Stream CompletableFuture")
          .split(" ");

  private final Random random = new Random(20261205);

  long writeTree(Path home, int files, int messagesEach) throws IOException {
    long bytes = 0;
    for (int i = 0; i < files; i++) {
      Path project = home.resolve(".claude/projects/-bench-project-" + (i % 20));
      Files.createDirectories(project);
      String id = UUID.randomUUID().toString();
      Path file = project.resolve(id + ".jsonl");
      writeTranscript(file, id, messagesEach, Long.MAX_VALUE, 300);
      bytes += Files.size(file);
    }
    return bytes;
  }

  /**
   * A Claude Code transcript of alternating user and assistant lines, each assistant line a
   * response with its usage, until {@code messages} lines or {@code bytes} bytes; answers the
   * lines.
   */
  long writeTranscript(Path file, String id, long messages, long bytes, int textChars)
      throws IOException {
    long lines = 0;
    long written = 0;
    String parent = null;
    long second = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (lines < messages && written < bytes) {
        String uuid = UUID.randomUUID().toString();
        boolean user = lines % 2 == 0;
        String time = java.time.Instant.ofEpochSecond(1_764_000_000L + second++).toString();
        String text = text(textChars);
        JsonObject line =
            user
                ? Json.createObjectBuilder()
                    .add("type", "user")
                    .add("uuid", uuid)
                    .add("parentUuid", parent == null ? JsonValue.NULL : Json.createValue(parent))
                    .add("sessionId", id)
                    .add("timestamp", time)
                    .add("cwd", "/bench/project")
                    .add(
                        "message",
                        Json.createObjectBuilder().add("role", "user").add("content", text))
                    .build()
                : Json.createObjectBuilder()
                    .add("type", "assistant")
                    .add("uuid", uuid)
                    .add("parentUuid", parent)
                    .add("sessionId", id)
                    .add("timestamp", time)
                    .add("requestId", "req_" + uuid)
                    .add(
                        "message",
                        Json.createObjectBuilder()
                            .add("id", "msg_" + uuid)
                            .add("role", "assistant")
                            .add("model", "claude-sonnet-4-5-20250929")
                            .add(
                                "content",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("type", "text")
                                            .add("text", text)))
                            .add(
                                "usage",
                                Json.createObjectBuilder()
                                    .add("input_tokens", 3)
                                    .add("output_tokens", 120)
                                    .add("cache_read_input_tokens", 20_000)
                                    .add("cache_creation_input_tokens", 400)))
                    .build();
        String json = line.toString();
        out.write(json);
        out.write('\n');
        written += json.length() + 1;
        parent = uuid;
        lines++;
      }
    }
    return lines;
  }

  private String text(int chars) {
    StringBuilder text = new StringBuilder();
    while (text.length() < chars) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return text.toString().strip();
  }
}

package dev.sessionvault.web.api.transfer.transcript;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The tokens of one model response as a transcript line reports them, each kind once: {@code input}
 * without cache reads or writes, {@code cacheWrite1h} the part of {@code cacheWrite} kept for an
 * hour.
 */
record ResponseUsage(long input, long output, long cacheRead, long cacheWrite, long cacheWrite1h) {
  static final ResponseUsage NONE = new ResponseUsage(0, 0, 0, 0, 0);

  /** Claude's {@code message.usage}. */
  static ResponseUsage ofClaude(JsonObject usage) {
    if (usage == null) {
      return NONE;
    }
    long cacheWrite = count(usage, "cache_creation_input_tokens");
    JsonValue split = usage.get("cache_creation");
    long oneHour =
        split instanceof JsonObject parts ? count(parts, "ephemeral_1h_input_tokens") : 0;
    return new ResponseUsage(
        count(usage, "input_tokens"),
        count(usage, "output_tokens"),
        count(usage, "cache_read_input_tokens"),
        cacheWrite,
        Math.min(oneHour, cacheWrite));
  }

  /** Every token of the response: the line with the largest total has the final counts. */
  long total() {
    return sum(sum(input, output), sum(cacheRead, cacheWrite));
  }

  /**
   * Two counts added, at most {@link Long#MAX_VALUE}: a file's absurd counts must not wrap to
   * negative ones (the session's totals refuse to overflow with a clear answer).
   */
  static long sum(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  static long count(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value instanceof JsonNumber number && number.isIntegral()) {
      long count = number.longValue();
      return count < 0 ? 0 : count;
    }
    return 0;
  }
}

package dev.sessionvault.domain.interaction;

import dev.sessionvault.domain.shared.Timestamps;
import java.time.Instant;

/** A command the assistant ran and what came back; times kept to the microsecond, as stored. */
public record InteractionContent(
    String command, String result, Integer exitCode, Instant startedAt, Instant finishedAt) {
  public InteractionContent {
    startedAt = Timestamps.normalize(startedAt);
    finishedAt = Timestamps.normalize(finishedAt);
  }
}

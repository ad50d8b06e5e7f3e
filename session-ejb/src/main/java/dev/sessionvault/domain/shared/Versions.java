package dev.sessionvault.domain.shared;

import java.util.OptionalLong;

/** Optimistic concurrency on versioned resources (the version is what clients see as the ETag). */
public final class Versions {
  private Versions() {}

  /** Fails when the client named a version (If-Match) that is no longer current. */
  public static void requireCurrent(String resource, OptionalLong expected, long current) {
    if (expected.isPresent() && expected.getAsLong() != current) {
      throw new PreconditionFailedException(resource, expected.getAsLong(), current);
    }
  }
}

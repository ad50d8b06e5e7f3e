package dev.sessionvault.application.command.retention;

import dev.sessionvault.domain.retention.RetentionLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A project's own limits, which replace the account's for its sessions (null: no limit). */
public record ProjectLimitsInput(
    @NotNull UUID projectId,
    @Min(1) @Max(36_500) Integer maxAgeDays,
    @Min(0) @Max(100_000_000) Integer maxSessions,
    @Min(0) Long quotaBytes) {

  public RetentionLimits limits() {
    return new RetentionLimits(maxAgeDays, maxSessions, quotaBytes);
  }
}

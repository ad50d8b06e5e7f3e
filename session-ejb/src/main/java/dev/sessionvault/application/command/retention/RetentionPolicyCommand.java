package dev.sessionvault.application.command.retention;

import dev.sessionvault.application.command.Tag;
import dev.sessionvault.domain.retention.RetentionLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An account's whole retention policy (PUT replaces it). A limit left out is no limit; {@code
 * exemptTags} left out keeps {@code keep} and {@code pinned}; {@code projects} lists the projects
 * with limits of their own.
 *
 * @param idleTimeoutMinutes after this long without a message an active session becomes idle,
 *     unless its own config names a timeout; null: never
 */
public record RetentionPolicyCommand(
    @Min(1) @Max(36_500) Integer maxAgeDays,
    @Min(0) @Max(100_000_000) Integer maxSessions,
    @Min(0) Long quotaBytes,
    @Size(max = Tag.MAX_PER_SESSION) List<@Tag String> exemptTags,
    @Min(1) @Max(525_600) Integer idleTimeoutMinutes,
    @Size(max = 1000) List<@NotNull @Valid ProjectLimitsInput> projects) {

  public RetentionLimits accountLimits() {
    return new RetentionLimits(maxAgeDays, maxSessions, quotaBytes);
  }
}

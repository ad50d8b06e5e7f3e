package dev.sessionvault.domain.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The limits of one scope (an account, or a project that overrides it); a null limit is no limit.
 *
 * @param maxAgeDays sessions whose last activity (for closed ones: their close) is older go
 * @param maxSessions only the newest this many sessions stay (exempt ones are not counted)
 * @param quotaBytes the oldest sessions go until the scope's storage is within this
 */
@Embeddable
public record RetentionLimits(
    @Column(name = "max_age_days") Integer maxAgeDays,
    @Column(name = "max_sessions") Integer maxSessions,
    @Column(name = "quota_bytes") Long quotaBytes) {

  public static final RetentionLimits NONE = new RetentionLimits(null, null, null);

  /** Whether these limits never delete anything. */
  public boolean keepsEverything() {
    return maxAgeDays == null && maxSessions == null && quotaBytes == null;
  }
}

package dev.sessionvault.domain.usage;

/** What usage is summed by: the day of each message (UTC), its model, or its session's project. */
public enum UsageGrouping {
  DAY,
  MODEL,
  PROJECT
}

package dev.sessionvault.domain.retention;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.DynamicUpdate;

/**
 * What an account keeps: its limits, its projects' own limits, the tags that exempt a session, and
 * the idle timeout its sessions default to. Every account has one from its creation, which keeps
 * everything ({@link #keepEverything}).
 */
@Entity
@Table(name = "retention_policies")
@DynamicUpdate // a policy edit must not write back the quota warning the writers keep
public class RetentionPolicy {
  /** The tags that exempt a session unless the account names others. */
  public static final List<String> DEFAULT_EXEMPT_TAGS = List.of("keep", "pinned");

  @Id
  @Column(name = "account_id")
  private UUID accountId;

  @Embedded private RetentionLimits limits;

  @ElementCollection
  @CollectionTable(name = "project_retention", joinColumns = @JoinColumn(name = "account_id"))
  private List<ProjectLimits> projects = new ArrayList<>();

  /** Comma-separated: tags hold no comma. */
  @Column(name = "exempt_tags", nullable = false)
  private String exemptTags;

  @Column(name = "idle_timeout_minutes")
  private Integer idleTimeoutMinutes;

  @Column(name = "quota_warned_at")
  private Instant quotaWarnedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected RetentionPolicy() {}

  /** The policy of an account that has not chosen one: no limits, the default exempt tags. */
  public static RetentionPolicy keepEverything(UUID accountId, Instant now) {
    RetentionPolicy policy = new RetentionPolicy();
    policy.accountId = accountId;
    policy.limits = RetentionLimits.NONE;
    policy.exemptTags = String.join(",", DEFAULT_EXEMPT_TAGS);
    policy.updatedAt = now;
    return policy;
  }

  /** Replaces every setting. */
  public void change(
      RetentionLimits accountLimits,
      List<ProjectLimits> projectLimits,
      Set<String> exempt,
      Integer idleTimeout,
      Instant now) {
    this.limits = accountLimits == null ? RetentionLimits.NONE : accountLimits;
    this.projects.clear();
    this.projects.addAll(projectLimits);
    this.exemptTags = String.join(",", new TreeSet<>(exempt));
    this.idleTimeoutMinutes = idleTimeout;
    this.updatedAt = now;
  }

  /** The limits that apply to a session of this project (null: none). */
  public RetentionLimits limitsFor(UUID projectId) {
    return projectOverride(projectId).orElse(limits());
  }

  public Optional<RetentionLimits> projectOverride(UUID projectId) {
    if (projectId == null) {
      return Optional.empty();
    }
    return projects.stream()
        .filter(project -> project.projectId().equals(projectId))
        .map(ProjectLimits::limits)
        .map(RetentionPolicy::orNone)
        .findFirst();
  }

  /** Each project with its own limits. */
  public Map<UUID, RetentionLimits> projectLimits() {
    return projects.stream()
        .collect(
            Collectors.toMap(
                ProjectLimits::projectId, project -> orNone(project.limits()), (a, b) -> a));
  }

  /** Whether the policy can delete anything at all. */
  public boolean deletesAnything() {
    return !limits().keepsEverything()
        || projects.stream().anyMatch(project -> !orNone(project.limits()).keepsEverything());
  }

  private static RetentionLimits orNone(RetentionLimits limits) {
    // Hibernate gives an embeddable whose columns are all null as null
    return limits == null ? RetentionLimits.NONE : limits;
  }

  public UUID accountId() {
    return accountId;
  }

  public RetentionLimits limits() {
    return orNone(limits);
  }

  public List<ProjectLimits> projects() {
    return projects.stream()
        .map(project -> new ProjectLimits(project.projectId(), orNone(project.limits())))
        .toList();
  }

  public List<String> exemptTags() {
    return exemptTags.isEmpty() ? List.of() : List.of(exemptTags.split(","));
  }

  public Integer idleTimeoutMinutes() {
    return idleTimeoutMinutes;
  }

  public Instant quotaWarnedAt() {
    return quotaWarnedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}

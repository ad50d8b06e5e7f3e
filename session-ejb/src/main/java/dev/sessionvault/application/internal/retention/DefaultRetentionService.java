package dev.sessionvault.application.internal.retention;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.command.retention.ProjectLimitsInput;
import dev.sessionvault.application.command.retention.RetentionPolicyCommand;
import dev.sessionvault.application.internal.ProjectScope;
import dev.sessionvault.application.retention.RetentionService;
import dev.sessionvault.application.view.retention.RetentionOutcomeView;
import dev.sessionvault.application.view.retention.RetentionPolicyView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.project.ProjectRepository;
import dev.sessionvault.domain.retention.ProjectLimits;
import dev.sessionvault.domain.retention.RetentionPolicy;
import dev.sessionvault.domain.retention.RetentionRepository;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.domain.shared.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

@Stateless
@RolesAllowed(Roles.ADMIN)
public class DefaultRetentionService implements RetentionService {
  @Inject CallerContext caller;
  @Inject ProjectScope scope;
  @Inject RetentionRepository policies;
  @Inject ProjectRepository projects;
  @Inject RetentionRunner runner;
  @Inject SessionTrash trash;
  @Inject StorageQuotas quotas;
  @Inject QuotaWarnings warnings;
  @Inject AuditContext audit;
  @Inject Clock clock;

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.VIEWER})
  public RetentionPolicyView policy() {
    return RetentionViews.policy(current(caller.accountId()), trash.trashDays());
  }

  @Override
  @Audited(action = "retention.update", target = "account")
  public RetentionPolicyView update(RetentionPolicyCommand command, OptionalLong ifMatch) {
    scope.requireAccountWide("change the retention policy");
    UUID account = caller.accountId();
    audit.target(account);
    RetentionPolicy policy =
        policies
            .findForUpdate(account)
            .orElseThrow(() -> new ResourceNotFoundException("account", account));
    Versions.requireCurrent("retention policy", ifMatch, policy.version());
    List<ProjectLimits> overrides = projectLimits(account, command.projects());
    policy.change(
        command.accountLimits(),
        overrides,
        command.exemptTags() == null
            ? new LinkedHashSet<>(RetentionPolicy.DEFAULT_EXEMPT_TAGS)
            : new LinkedHashSet<>(command.exemptTags()),
        command.idleTimeoutMinutes(),
        Timestamps.now());
    policies.flush();
    quotas.forget(account);
    if (policy.limits().quotaBytes() != null) {
      warnings.check(account, policies.usage(account).storageBytes(), policy.limits().quotaBytes());
    } else {
      policies.clearQuotaWarning(account); // no quota, no warning: kept off the write path
    }
    audit.detail("maxAgeDays", policy.limits().maxAgeDays());
    audit.detail("maxSessions", policy.limits().maxSessions());
    audit.detail("quotaBytes", policy.limits().quotaBytes());
    audit.detail("projects", overrides.size());
    return RetentionViews.policy(policy, trash.trashDays());
  }

  @Override
  @Audited(action = "retention.preview", target = "account")
  public RetentionOutcomeView preview(Optional<RetentionPolicyCommand> draft) {
    scope.requireAccountWide("preview the retention policy");
    UUID account = caller.accountId();
    audit.target(account);
    audit.detail("draft", draft.isPresent());
    RetentionPolicy policy = current(account);
    if (draft.isPresent()) {
      RetentionPolicyCommand command = draft.get();
      RetentionPolicy trial = RetentionPolicy.keepEverything(account, Timestamps.now());
      trial.change(
          command.accountLimits(),
          projectLimits(account, command.projects()),
          command.exemptTags() == null
              ? new LinkedHashSet<>(policy.exemptTags())
              : new LinkedHashSet<>(command.exemptTags()),
          command.idleTimeoutMinutes(),
          Timestamps.now());
      policy = trial;
    }
    Instant now = Timestamps.normalize(clock.instant());
    return RetentionViews.outcome(now, false, runner.plan(policy, now), 0);
  }

  @Override
  public RetentionOutcomeView run() {
    scope.requireAccountWide("run the retention policy");
    return runner.run(caller.accountId());
  }

  private RetentionPolicy current(UUID account) {
    return policies
        .find(account)
        .orElseThrow(() -> new ResourceNotFoundException("account", account));
  }

  /** The projects' limits: each project once, and each in the account. */
  private List<ProjectLimits> projectLimits(UUID account, List<ProjectLimitsInput> inputs) {
    if (inputs == null) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    List<ProjectLimits> limits = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      ProjectLimitsInput input = inputs.get(i);
      if (!seen.add(input.projectId())) {
        errors.add(new FieldError("projects[" + i + "].projectId", "names a project twice"));
      } else if (projects.find(account, input.projectId()).isEmpty()) {
        errors.add(
            new FieldError("projects[" + i + "].projectId", "is no project of this account"));
      } else {
        limits.add(new ProjectLimits(input.projectId(), input.limits()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return limits;
  }
}

package dev.sessionvault.application.internal;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.UsageService;
import dev.sessionvault.application.view.UsageView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.domain.usage.UsageGrouping;
import dev.sessionvault.domain.usage.UsageRepository;
import dev.sessionvault.domain.usage.UsageRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.VIEWER})
public class DefaultUsageService implements UsageService {
  @Inject CallerContext caller;
  @Inject ProjectScope scope;
  @Inject UsageRepository usage;

  @Override
  public UsageView usage(String by, Instant from, Instant to, UUID projectId) {
    UsageGrouping grouping;
    try {
      grouping = UsageGrouping.valueOf(by.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException("by", "must be one of: day, model, project");
    }
    if (!from.isBefore(to)) {
      throw new ValidationException("from", "must be before to");
    }
    UUID project = scope.projectFilter(projectId);
    List<UsageRow> rows = usage.sum(caller.accountId(), project, from, to, grouping);
    return new UsageView(
        grouping.name().toLowerCase(Locale.ROOT),
        from,
        to,
        rows.stream().map(DefaultUsageService::view).toList(),
        view(usage.total(caller.accountId(), project, from, to)));
  }

  private static UsageView.Row view(UsageRow row) {
    return new UsageView.Row(
        row.key(),
        row.sessions(),
        row.messages(),
        row.tokens().input(),
        row.tokens().output(),
        row.tokens().cacheRead(),
        row.tokens().cacheWrite(),
        row.costUsd());
  }
}

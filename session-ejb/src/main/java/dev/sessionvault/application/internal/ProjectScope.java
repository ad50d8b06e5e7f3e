package dev.sessionvault.application.internal;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.shared.AccessDeniedException;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller's reach within its account. An API key restricted to a project sees the account as if
 * that project's sessions were all there is (another project's session answers 404, like another
 * account's), creates sessions only there, and cannot manage what is account-wide (keys, projects,
 * the audit trail). Everyone else reaches the whole account.
 */
@ApplicationScoped
public class ProjectScope {
  @Inject CallerContext caller;
  @Inject SessionRepository sessions;

  /** A session of the caller's reach, for reading. */
  public Session find(UUID id) {
    return visible(sessions.find(caller.accountId(), id), id);
  }

  /** A session of the caller's reach, locked for a change. */
  public Session findForUpdate(UUID id) {
    return visible(sessions.findForUpdate(caller.accountId(), id), id);
  }

  /** The project a new session goes to: the requested one, or the key's own when it has one. */
  public UUID projectForNewSession(UUID requested) {
    Optional<UUID> restriction = caller.projectRestriction();
    if (restriction.isEmpty() || requested == null) {
      return restriction.orElse(requested);
    }
    requireWithin(requested, "create sessions in");
    return requested;
  }

  /** A listing's project filter: the key's own project when it has one. */
  public UUID projectFilter(UUID requested) {
    Optional<UUID> restriction = caller.projectRestriction();
    if (restriction.isEmpty()) {
      return requested;
    }
    if (requested != null) {
      requireWithin(requested, "read");
    }
    return restriction.get();
  }

  /** Refuses to move a session out of the key's project. */
  void requireWithin(UUID project, String verb) {
    caller
        .projectRestriction()
        .filter(restriction -> !restriction.equals(project))
        .ifPresent(
            restriction -> {
              throw new AccessDeniedException(
                  "this key is restricted to project "
                      + restriction
                      + ": it cannot "
                      + verb
                      + (project == null ? " no project" : " project " + project));
            });
  }

  /** Refuses a project-restricted key an account-wide operation. */
  public void requireAccountWide(String operation) {
    caller
        .projectRestriction()
        .ifPresent(
            restriction -> {
              throw new AccessDeniedException(
                  "this key is restricted to project " + restriction + ": it cannot " + operation);
            });
  }

  /** Whether a project is within the caller's reach. */
  public boolean reaches(UUID project) {
    return caller.projectRestriction().map(r -> r.equals(project)).orElse(true);
  }

  private Session visible(Optional<Session> session, UUID id) {
    return session
        .filter(s -> reaches(s.projectId()))
        .orElseThrow(() -> new ResourceNotFoundException("session", id));
  }
}

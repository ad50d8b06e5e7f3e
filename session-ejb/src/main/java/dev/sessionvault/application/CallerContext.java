package dev.sessionvault.application;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling: the one place every service asks for the caller's account, which scopes every
 * query it makes. It comes from the authenticated principal.
 */
public interface CallerContext {
  /**
   * The account the caller acts in.
   *
   * @throws dev.sessionvault.domain.shared.AccessDeniedException when the caller acts in no account
   *     (an operator who is not a member)
   */
  UUID accountId();

  /** The authenticated caller; empty for an anonymous one. */
  Optional<CallerIdentity> identity();

  /** The one project a restricted API key may touch; empty for everyone else. */
  default Optional<UUID> projectRestriction() {
    return identity().map(CallerIdentity::projectId);
  }
}

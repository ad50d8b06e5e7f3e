package dev.sessionvault.infrastructure.identity;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.domain.shared.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

/** The caller from the authenticated principal, whose name carries its {@link CallerIdentity}. */
@ApplicationScoped
public class SecurityCallerContext implements CallerContext {
  @Inject SecurityContext security;

  @Override
  public UUID accountId() {
    CallerIdentity identity =
        identity().orElseThrow(() -> new AccessDeniedException("authentication is required"));
    if (identity.accountId() == null) {
      throw new AccessDeniedException(
          "you act in no account: name one in the Session-Vault-Account header (its id or name)");
    }
    return identity.accountId();
  }

  @Override
  public Optional<CallerIdentity> identity() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? Optional.empty() : CallerIdentity.parse(principal.getName());
  }
}

package dev.sessionvault.application.internal.identity;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.identity.ConsoleCaller;
import dev.sessionvault.application.identity.ConsoleService;
import dev.sessionvault.application.view.identity.ConsoleSessionView;
import dev.sessionvault.application.view.identity.ConsoleStart;
import dev.sessionvault.application.view.identity.WhoAmIView;
import dev.sessionvault.domain.identity.ConsoleSignIn;
import dev.sessionvault.domain.identity.ConsoleSignInRepository;
import dev.sessionvault.domain.identity.ConsoleToken;
import dev.sessionvault.domain.identity.Membership;
import dev.sessionvault.domain.identity.UserRepository;
import dev.sessionvault.domain.shared.AccessDeniedException;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Console sign-ins: started by an authenticated request, resumed by the cookie's token on every
 * later one (with the caller's access checked again, {@link ConsoleCallers}), ended by sign-out or
 * time. Expired rows are deleted as new sign-ins start.
 */
@Stateless
@PermitAll
public class DefaultConsoleService implements ConsoleService {
  /** How long an expired sign-in is kept before a later sign-in deletes it. */
  private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

  @Inject CallerContext caller;
  @Inject ConsoleSignInRepository signIns;
  @Inject ConsoleCallers callers;
  @Inject UserRepository users;

  @Inject
  @ConfigProperty(name = "sessionvault.console.idle.minutes", defaultValue = "30")
  long idleMinutes;

  @Inject
  @ConfigProperty(name = "sessionvault.console.max.hours", defaultValue = "12")
  long maxHours;

  @Override
  @Audited(action = "console.sign-in", target = "console-sign-in")
  public ConsoleStart signIn() {
    CallerIdentity identity =
        caller.identity().orElseThrow(() -> new AccessDeniedException("sign in first"));
    Instant now = Timestamps.now();
    signIns.deleteExpiredBefore(now.minus(KEPT_AFTER_EXPIRY));
    ConsoleToken token = ConsoleToken.generate();
    ConsoleSignIn signIn =
        new ConsoleSignIn(token, identity.principalName(), now, Duration.ofHours(maxHours));
    signIns.add(signIn);
    return new ConsoleStart(signIn.id(), token.value(), view(token, signIn, identity));
  }

  @Override
  public Optional<ConsoleCaller> resume(String token) {
    return live(token)
        .flatMap(
            signIn -> {
              Instant now = Timestamps.now();
              Optional<CallerIdentity> current =
                  CallerIdentity.parse(signIn.principal()).flatMap(id -> callers.current(id, now));
              if (current.isPresent() && signIn.isWorthNoting(now)) {
                signIns.seen(signIn.id(), now);
              }
              return current.map(
                  identity -> new ConsoleCaller(identity, new ConsoleToken(token).csrfToken()));
            });
  }

  @Override
  @Audited(action = "console.sign-out", target = "console-sign-in")
  public void signOut(String token) {
    live(token).ifPresent(signIn -> signIn.end(Timestamps.now()));
  }

  @Override
  @Audited(action = "console.switch-account", target = "account")
  public ConsoleSessionView switchAccount(String token, UUID accountId) {
    ConsoleSignIn signIn =
        live(token)
            .orElseThrow(
                () -> new AccessDeniedException("switching accounts needs a console sign-in"));
    CallerIdentity identity = caller.identity().orElseThrow();
    if (identity.kind() != CallerIdentity.Kind.USER) {
      throw new AccessDeniedException("an API key acts in its own account only");
    }
    Membership membership =
        users
            .findMembership(identity.actorId(), accountId)
            .orElseThrow(() -> new ResourceNotFoundException("account", accountId));
    CallerIdentity switched =
        new CallerIdentity(
            CallerIdentity.Kind.USER,
            identity.actorId(),
            accountId,
            membership.role(),
            null,
            identity.operator());
    signIn.actAs(switched.principalName());
    return view(new ConsoleToken(token), signIn, switched);
  }

  @Override
  public WhoAmIView whoAmI() {
    return callers.describe(
        caller.identity().orElseThrow(() -> new AccessDeniedException("sign in first")));
  }

  @Override
  public ConsoleSessionView session(String token) {
    ConsoleSignIn signIn =
        live(token)
            .orElseThrow(() -> new AccessDeniedException("this request has no console sign-in"));
    return view(new ConsoleToken(token), signIn, caller.identity().orElseThrow());
  }

  private Optional<ConsoleSignIn> live(String token) {
    if (!ConsoleToken.looksLikeToken(token)) {
      return Optional.empty();
    }
    Instant now = Timestamps.now();
    return signIns
        .findByTokenHash(new ConsoleToken(token).hash())
        .filter(signIn -> signIn.isLiveAt(now, Duration.ofMinutes(idleMinutes)));
  }

  private ConsoleSessionView view(ConsoleToken token, ConsoleSignIn signIn, CallerIdentity who) {
    return new ConsoleSessionView(
        token.csrfToken(), signIn.expiresAt(), idleMinutes * 60, callers.describe(who));
  }
}

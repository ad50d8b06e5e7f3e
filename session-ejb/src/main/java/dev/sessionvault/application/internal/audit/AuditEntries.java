package dev.sessionvault.application.internal.audit;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.domain.audit.ActorKind;
import dev.sessionvault.domain.audit.AuditDetailFormat;
import dev.sessionvault.domain.audit.AuditEntry;
import dev.sessionvault.domain.audit.AuditOutcome;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Builds audit entries for the current request: its caller, request id and client address. */
@ApplicationScoped
public class AuditEntries {
  /** The detail column's size; details are field names and counts, far below it. */
  private static final int MAX_DETAIL = 4000;

  private static final int MAX_TARGET_ID = 200;

  @Inject CallerContext caller;
  @Inject AuditContext context;
  @Inject AuditDetailFormat format;

  /** An entry for what the authenticated caller did, in its account's chain. */
  AuditEntry ofCaller(
      String action,
      String targetType,
      String targetId,
      AuditOutcome outcome,
      Map<String, ?> detail) {
    Optional<CallerIdentity> identity = caller.identity();
    UUID account =
        context.accountOverride() != null
            ? context.accountOverride()
            : identity.map(CallerIdentity::accountId).orElse(null);
    return new AuditEntry(
        Timestamps.now(),
        account,
        context.system()
            ? ActorKind.SYSTEM
            : identity.map(AuditEntries::kind).orElse(ActorKind.ANONYMOUS),
        identity.map(CallerIdentity::actorId).orElse(null),
        identity.map(AuditEntries::role).orElse(null),
        action,
        targetType,
        targetId == null || targetId.length() <= MAX_TARGET_ID
            ? targetId
            : targetId.substring(0, MAX_TARGET_ID),
        outcome,
        context.requestId(),
        context.clientAddress(),
        json(detail));
  }

  /** An entry for a sign-in event, before there is an authenticated caller. */
  public AuditEntry ofSignIn(
      CallerIdentity identity,
      UUID account,
      String action,
      AuditOutcome outcome,
      Map<String, ?> detail) {
    return new AuditEntry(
        Timestamps.now(),
        account,
        identity == null ? ActorKind.ANONYMOUS : kind(identity),
        identity == null ? null : identity.actorId(),
        identity == null ? null : role(identity),
        action,
        identity == null ? null : WireNames.of(identity.kind()),
        identity == null ? null : identity.actorId().toString(),
        outcome,
        context.requestId(),
        context.clientAddress(),
        json(detail));
  }

  private static ActorKind kind(CallerIdentity identity) {
    return identity.kind() == CallerIdentity.Kind.KEY ? ActorKind.KEY : ActorKind.USER;
  }

  private static String role(CallerIdentity identity) {
    if (identity.role() != null) {
      return WireNames.of(identity.role());
    }
    return identity.operator() ? Roles.OPERATOR : null;
  }

  private String json(Map<String, ?> detail) {
    String text = format.write(detail);
    return text.length() <= MAX_DETAIL ? text : format.write(Map.of("truncated", true));
  }
}

package dev.sessionvault.application.internal.identity;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.command.identity.CreateApiKeyCommand;
import dev.sessionvault.application.identity.ApiKeyService;
import dev.sessionvault.application.identity.RecentKeySignIns;
import dev.sessionvault.application.view.identity.ApiKeyView;
import dev.sessionvault.application.view.identity.CreatedApiKeyView;
import dev.sessionvault.domain.identity.ApiKey;
import dev.sessionvault.domain.identity.ApiKeyRepository;
import dev.sessionvault.domain.identity.ApiKeySecret;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.identity.User;
import dev.sessionvault.domain.identity.UserRepository;
import dev.sessionvault.domain.project.ProjectRepository;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class DefaultApiKeyService implements ApiKeyService {
  @Inject CallerContext caller;
  @Inject ApiKeyRepository keys;
  @Inject ProjectRepository projects;
  @Inject UserRepository users;
  @Inject AuditContext audit;
  @Inject ManagedAccounts managedAccounts;
  @Inject RecentKeySignIns recentSignIns;

  @Override
  @Audited(action = "api-key.create", target = "api-key")
  public CreatedApiKeyView create(UUID accountId, CreateApiKeyCommand command) {
    UUID account = managedAccount(accountId);
    Instant now = Timestamps.now();
    if (command.projectId() != null && projects.find(account, command.projectId()).isEmpty()) {
      throw new ValidationException("projectId", "no project with this id in the account");
    }
    if (command.expiresAt() != null && !command.expiresAt().isAfter(now)) {
      throw new ValidationException("expiresAt", "must be in the future");
    }
    ApiKeySecret secret = ApiKeySecret.generate();
    ApiKey key =
        new ApiKey(
            account,
            command.name().strip(),
            secret,
            command.accountRole(),
            command.projectId(),
            command.expiresAt(),
            actorName(),
            now);
    keys.add(key);
    audit.target(key.id());
    audit.detail("role", key.role());
    audit.detail("projectId", key.projectId());
    audit.detail("expiresAt", key.expiresAt());
    return new CreatedApiKeyView(secret.value(), view(key, now));
  }

  @Override
  public List<ApiKeyView> list(UUID accountId) {
    Instant now = Timestamps.now();
    return keys.list(managedAccount(accountId)).stream().map(key -> view(key, now)).toList();
  }

  @Override
  @Audited(action = "api-key.revoke", target = "api-key", targetParameter = 1)
  public void revoke(UUID accountId, UUID keyId) {
    keys.find(managedAccount(accountId), keyId)
        .orElseThrow(() -> new ResourceNotFoundException("API key", keyId))
        .revoke(Timestamps.now());
    recentSignIns.forgetAllAfterCommit();
  }

  private UUID managedAccount(UUID accountId) {
    return managedAccounts.require(accountId, "manage API keys");
  }

  /** Who created a key, as listings show it: a username, or the key's name for a key. */
  private String actorName() {
    CallerIdentity identity = caller.identity().orElseThrow();
    if (identity.kind() == CallerIdentity.Kind.USER) {
      return users
          .find(identity.actorId())
          .map(User::username)
          .orElse(identity.actorId().toString());
    }
    return keys.find(identity.accountId(), identity.actorId())
        .map(key -> "key " + key.name())
        .orElse(identity.actorId().toString());
  }

  private static ApiKeyView view(ApiKey key, Instant now) {
    return new ApiKeyView(
        key.id(),
        key.name(),
        key.prefix(),
        WireNames.of(key.role()),
        key.projectId(),
        key.createdAt(),
        key.createdBy(),
        key.expiresAt(),
        key.lastUsedAt(),
        key.revokedAt(),
        key.isUsableAt(now));
  }
}

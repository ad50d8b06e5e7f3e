package dev.sessionvault.application.identity;

import dev.sessionvault.application.command.identity.CreateApiKeyCommand;
import dev.sessionvault.application.view.identity.ApiKeyView;
import dev.sessionvault.application.view.identity.CreatedApiKeyView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * An account's API keys, managed by its admins (and operators). Another account's keys answer 404.
 */
public interface ApiKeyService {
  CreatedApiKeyView create(
      @NotNull UUID accountId,
      @NotNull(message = "a JSON body is required") @Valid CreateApiKeyCommand command);

  List<ApiKeyView> list(@NotNull UUID accountId);

  /** Revokes the key: it stops working on the next request. Revoking twice changes nothing. */
  void revoke(@NotNull UUID accountId, @NotNull UUID keyId);
}

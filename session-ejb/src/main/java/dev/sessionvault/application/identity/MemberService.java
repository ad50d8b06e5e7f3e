package dev.sessionvault.application.identity;

import dev.sessionvault.application.command.identity.AddMemberCommand;
import dev.sessionvault.application.command.identity.ChangeMemberCommand;
import dev.sessionvault.application.view.identity.MemberView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * The people of an account and their roles, managed by its admins (and operators). Another
 * account's members answer 404. An account always keeps at least one admin.
 */
public interface MemberService {
  MemberView add(
      @NotNull UUID accountId,
      @NotNull(message = "a JSON body is required") @Valid AddMemberCommand command);

  List<MemberView> list(@NotNull UUID accountId);

  MemberView change(
      @NotNull UUID accountId,
      @NotNull UUID userId,
      @NotNull(message = "a JSON body is required") @Valid ChangeMemberCommand command);

  /** Removes the person from the account; the person keeps its other accounts. */
  void remove(@NotNull UUID accountId, @NotNull UUID userId);
}

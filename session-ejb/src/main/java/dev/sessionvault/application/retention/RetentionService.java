package dev.sessionvault.application.retention;

import dev.sessionvault.application.command.retention.RetentionPolicyCommand;
import dev.sessionvault.application.view.retention.RetentionOutcomeView;
import dev.sessionvault.application.view.retention.RetentionPolicyView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.OptionalLong;

/** The caller's account's retention policy. */
public interface RetentionService {
  RetentionPolicyView policy();

  /**
   * Replaces the policy (admins).
   *
   * @param ifMatch the version the caller read; empty: unconditional
   */
  RetentionPolicyView update(@NotNull @Valid RetentionPolicyCommand command, OptionalLong ifMatch);

  /**
   * What the policy, or {@code draft} when given, would delete now, without deleting anything
   * (admins).
   */
  RetentionOutcomeView preview(@NotNull Optional<@Valid RetentionPolicyCommand> draft);

  /** Applies the policy now: what {@link #preview} lists goes to the trash (admins). */
  RetentionOutcomeView run();
}

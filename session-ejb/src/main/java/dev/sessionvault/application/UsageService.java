package dev.sessionvault.application;

import dev.sessionvault.application.view.UsageView;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** What the caller's sessions used: tokens and cost by day, model or project. */
public interface UsageService {
  /**
   * @param by {@code day}, {@code model} or {@code project}
   * @param projectId only this project's sessions (a project-restricted key: always its own)
   */
  UsageView usage(@NotNull String by, @NotNull Instant from, @NotNull Instant to, UUID projectId);
}

package dev.sessionvault.application.command;

import dev.sessionvault.domain.session.SessionCriteria;
import dev.sessionvault.domain.session.SessionSort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A page of a filtered, sorted session listing. */
public record SessionListQuery(
    @NotNull SessionCriteria criteria,
    @NotNull SessionSort sort,
    @Min(1) int page,
    @Min(1) @Max(MAX_PAGE_SIZE) int size) {

  public static final int MAX_PAGE_SIZE = 200;
  public static final int DEFAULT_PAGE_SIZE = 50;
}

package dev.sessionvault.application.audit;

import dev.sessionvault.application.command.AuditQuery;
import dev.sessionvault.application.view.AuditRecordView;
import dev.sessionvault.application.view.AuditVerificationView;
import dev.sessionvault.application.view.PageView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Reads the audit trail: for an account's admins and auditors their account's records, for
 * operators every record. Nothing changes or deletes a record.
 */
public interface AuditService {
  int MAX_EXPORT_BATCH = 1000;

  /** Newest first. */
  PageView<AuditRecordView> list(@NotNull @Valid AuditQuery query);

  /**
   * The next records of an export, oldest first: those matching the query (its page ignored) with
   * an id above {@code afterId}.
   */
  List<AuditRecordView> exportBatch(
      @NotNull @Valid AuditQuery query,
      @Min(0) long afterId,
      @Min(1) @Max(MAX_EXPORT_BATCH) int limit);

  /**
   * Recomputes a chain: the caller's account's, the named account's (operators), or the
   * deployment's (operators, without an account).
   */
  AuditVerificationView verify(UUID accountId);
}

package dev.sessionvault.application.view;

import java.util.UUID;

/**
 * The result of recomputing one audit chain: {@code intact}, or the first broken link ({@code
 * brokenAtSeq}) and what is wrong with it. {@code accountId} is null for the deployment's chain.
 */
public record AuditVerificationView(
    UUID accountId, long recordsChecked, boolean intact, Long brokenAtSeq, String problem) {}

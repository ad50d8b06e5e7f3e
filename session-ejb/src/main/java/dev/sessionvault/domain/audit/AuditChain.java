package dev.sessionvault.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * How records are chained: each record's hash is SHA-256 over the previous record's hash and all of
 * its own fields, so changing, removing or inserting a record breaks every later link. Each account
 * has its own chain; deployment-wide events form the {@value #DEPLOYMENT} chain.
 */
public final class AuditChain {
  public static final String DEPLOYMENT = "deployment";

  /** The "previous hash" of a chain's first record. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static String of(UUID accountId) {
    return accountId == null ? DEPLOYMENT : accountId.toString();
  }

  /**
   * The hash of a record. Every field is written with its length, so that no two different records
   * serialise alike (a field cannot spill into the next).
   */
  public static String hash(String previousHash, String chain, long seq, AuditEntry entry) {
    StringBuilder canonical = new StringBuilder(256);
    field(canonical, previousHash);
    field(canonical, chain);
    field(canonical, Long.toString(seq));
    field(canonical, Long.toString(epochMicros(entry.occurredAt())));
    field(canonical, entry.accountId() == null ? null : entry.accountId().toString());
    field(canonical, entry.actorKind().name());
    field(canonical, entry.actorId() == null ? null : entry.actorId().toString());
    field(canonical, entry.actorRole());
    field(canonical, entry.action());
    field(canonical, entry.targetType());
    field(canonical, entry.targetId());
    field(canonical, entry.outcome().name());
    field(canonical, entry.requestId());
    field(canonical, entry.clientAddress());
    field(canonical, entry.detail());
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void field(StringBuilder canonical, String value) {
    if (value == null) {
      canonical.append("-1:");
    } else {
      canonical.append(value.length()).append(':').append(value);
    }
    canonical.append(';');
  }

  private static long epochMicros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }
}

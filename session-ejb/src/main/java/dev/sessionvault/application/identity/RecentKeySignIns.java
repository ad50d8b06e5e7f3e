package dev.sessionvault.application.identity;

import dev.sessionvault.application.AfterTransaction;
import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.domain.identity.ApiKeySecret;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers for {@link #LIFETIME} which API key signed in as whom from which address, so that a
 * client sending its key with every request pays the key's lookup (a transaction and a query, about
 * 7% of a single append's server time under 16 writers) once per lifetime instead of per request.
 * Entries are found by the key's hash, as the database keeps it, never by the key.
 *
 * <p>Revoking a key or deleting its account or project forgets every entry on this server once the
 * change commits ({@link #forgetAllAfterCommit}), and a sign-in that read the database before that
 * commit is not remembered (the generation it saw is out of date); another server of a cluster
 * forgets within {@link #LIFETIME}.
 */
@ApplicationScoped
public class RecentKeySignIns {
  public static final Duration LIFETIME = Duration.ofSeconds(10);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(
      CallerIdentity identity, String clientAddress, Instant until, long generation) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final Clock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  public RecentKeySignIns() {
    this(Clock.systemUTC());
  }

  RecentKeySignIns(Clock clock) {
    this.clock = clock;
  }

  /** Who this key signed in as from this address within the lifetime, if it did. */
  public Optional<CallerIdentity> recall(String key, String clientAddress) {
    Entry entry = entries.get(ApiKeySecret.hashOf(key));
    if (entry == null
        || entry.generation() != generation.get()
        || !entry.clientAddress().equals(clientAddress)
        || !clock.instant().isBefore(entry.until())) {
      return Optional.empty();
    }
    return Optional.of(entry.identity());
  }

  /** Read before the key is looked up; {@link #remember} needs it. */
  public long generation() {
    return generation.get();
  }

  /**
   * Remembers a sign-in whose lookup started at {@code seenGeneration}, until the end of the
   * lifetime or the key's own expiry, whichever comes first.
   */
  public void remember(
      long seenGeneration,
      String key,
      String clientAddress,
      CallerIdentity identity,
      Instant keyExpiresAt) {
    if (clientAddress == null || seenGeneration != generation.get()) {
      return;
    }
    Instant now = clock.instant();
    Instant until = now.plus(LIFETIME);
    if (keyExpiresAt != null && keyExpiresAt.isBefore(until)) {
      until = keyExpiresAt;
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(entry -> !now.isBefore(entry.until()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear(); // a flood of distinct keys: start over rather than grow
      }
    }
    entries.put(
        ApiKeySecret.hashOf(key), new Entry(identity, clientAddress, until, seenGeneration));
  }

  /** Forgets every sign-in once the current transaction ends (a key can no longer be used). */
  public void forgetAllAfterCommit() {
    AfterTransaction.onEnd(transactions, this::forgetAll);
  }

  void forgetAll() {
    generation.incrementAndGet();
    entries.clear();
  }
}

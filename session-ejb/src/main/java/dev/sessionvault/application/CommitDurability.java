package dev.sessionvault.application;

/**
 * What the API acknowledges is on disk first. A service's transaction has committed when it
 * returns; the web layer calls {@link #awaitDurable()} before it answers a request that may have
 * written, so that many writers share one write to disk instead of each waiting for its own.
 */
public interface CommitDurability {

  /** Returns once every transaction committed before the call is durable. */
  void awaitDurable();
}

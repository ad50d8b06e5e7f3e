package dev.sessionvault.application;

import java.time.Duration;

/**
 * Work that one node of the cluster does for all of them, such as a timer that fires on every node
 * at the same moment: it runs where the named lock is taken, and is skipped on the others.
 */
public interface ClusterLock {
  /**
   * Runs the task here unless another node holds the lock of this name. The lock is kept while the
   * task runs (renewed, so a node that dies frees it within a minute) and then for {@code atLeast}
   * from the start, so that the same timer firing a moment later on another node finds it taken.
   *
   * @return whether the task ran here
   */
  boolean runOnce(String name, Duration atLeast, Runnable task);
}

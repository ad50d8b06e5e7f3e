package dev.sessionvault.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/** Several clients sending timed requests at once for a while, each on a thread of its own. */
final class Clients {
  /** Many clients at once for a while: their rate and latency. */
  record Rate(int clients, double seconds, long requests, Latencies.Summary latency) {
    double perSecond() {
      return requests / seconds;
    }
  }

  private Clients() {}

  /** One timed request of client {@code client}'s {@code n}-th turn, on {@code node}. */
  interface Request {
    long nanos(ApiClient node, int client, int n);
  }

  /** {@code clients} threads, client c on {@code nodeOf(c)}, for {@code seconds}. */
  static Rate run(int clients, int seconds, IntFunction<ApiClient> nodeOf, Request request) {
    long[][] nanos = new long[clients][];
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    Thread[] threads = new Thread[clients];
    for (int c = 0; c < clients; c++) {
      int client = c;
      threads[c] =
          new Thread(
              () -> {
                long[] mine = new long[1 << 14];
                int n = 0;
                try {
                  while (System.nanoTime() < end && failure.get() == null) {
                    if (n == mine.length) {
                      mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n] = request.nanos(nodeOf.apply(client), client, n);
                    n++;
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
                nanos[client] = Arrays.copyOf(mine, n);
              });
      threads[c].start();
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a client failed: " + failure.get(), failure.get());
    }
    long[] all = Latencies.flatten(nanos);
    return new Rate(
        clients, (System.nanoTime() - start) / 1e9, all.length, Latencies.summarize(all));
  }
}

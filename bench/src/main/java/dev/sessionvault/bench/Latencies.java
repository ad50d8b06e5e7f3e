package dev.sessionvault.bench;

import java.util.Arrays;
import java.util.List;

/** Latency samples of one measured phase, with nearest-rank percentiles. */
final class Latencies {
  /** Match-count buckets, to show whether latency grows with the number of matches. */
  static final long[] BUCKET_BOUNDS = {1_000, 10_000, 100_000};

  static final List<String> BUCKET_NAMES = List.of("< 1k", "1k–10k", "10k–100k", "≥ 100k");

  record Summary(int count, double median, double p95, double p99, double max, double mean) {
    static final Summary EMPTY = new Summary(0, Double.NaN, Double.NaN, Double.NaN, 0, 0);
  }

  private Latencies() {}

  static Summary summarize(long[] nanos) {
    if (nanos.length == 0) {
      return Summary.EMPTY;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return new Summary(
        sorted.length,
        ms(percentile(sorted, 0.50)),
        ms(percentile(sorted, 0.95)),
        ms(percentile(sorted, 0.99)),
        ms(sorted[sorted.length - 1]),
        sum / sorted.length / 1e6);
  }

  static long percentile(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static int bucket(long matches) {
    int b = 0;
    while (b < BUCKET_BOUNDS.length && matches >= BUCKET_BOUNDS[b]) {
      b++;
    }
    return b;
  }

  /**
   * Per match-count bucket: the samples (passes × queries, {@code nanos[pass][query]}) of the
   * queries whose total falls in the bucket.
   */
  static Summary[] byBucket(long[][] nanos, long[] totals) {
    Summary[] result = new Summary[BUCKET_NAMES.size()];
    for (int b = 0; b < result.length; b++) {
      long[] samples = new long[nanos.length * totals.length];
      int n = 0;
      for (long[] pass : nanos) {
        for (int q = 0; q < totals.length; q++) {
          if (bucket(totals[q]) == b) {
            samples[n++] = pass[q];
          }
        }
      }
      result[b] = summarize(Arrays.copyOf(samples, n));
    }
    return result;
  }

  static long[] flatten(long[][] nanos) {
    return Arrays.stream(nanos).flatMapToLong(Arrays::stream).toArray();
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }
}

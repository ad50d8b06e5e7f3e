package dev.sessionvault.bench;

import java.util.ArrayList;
import java.util.List;

/** Timed steps of a benchmark, each with the server's heap peak while it ran (jstat readings). */
final class Steps {
  /** One measured step: its time, the bytes it moved and the server's heap meanwhile. */
  record Step(
      String what, double seconds, long bytes, long messages, double peakMib, double peakOldMib) {}

  /** A step being timed. */
  final class Timer {
    private final long start = System.nanoTime();
    private final double from = clock();

    /** Ends the step and records it. */
    Step done(String what, long bytes, long messages) {
      double seconds = (System.nanoTime() - start) / 1e9;
      double to = clock();
      List<HeapSampler.Sample> during =
          heap == null
              ? List.of()
              : heap.samples().stream()
                  .filter(s -> s.seconds() >= from - 1 && s.seconds() <= to + 1)
                  .toList();
      double peak = during.stream().mapToDouble(HeapSampler.Sample::usedMib).max().orElse(0);
      double old = during.stream().mapToDouble(HeapSampler.Sample::oldMib).max().orElse(0);
      Step step = new Step(what, seconds, bytes, messages, peak, old);
      steps.add(step);
      System.out.printf(
          "  %-45s %8.1f s %,14d bytes  heap peak %,6.0f MiB (old %,6.0f)%n",
          what, seconds, bytes, peak, old);
      return step;
    }
  }

  private final HeapSampler heap;
  private final List<Step> steps = new ArrayList<>();

  Steps(HeapSampler heap) {
    this.heap = heap;
  }

  Timer start() {
    return new Timer();
  }

  List<Step> all() {
    return List.copyOf(steps);
  }

  private double clock() {
    return heap == null ? 0 : heap.now();
  }
}

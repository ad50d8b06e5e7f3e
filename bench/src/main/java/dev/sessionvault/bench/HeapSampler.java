package dev.sessionvault.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's heap once a second, from {@code jstat -gc} on its process: the whole heap in use
 * (young and old generation) and the old generation alone, whose level after collections shows
 * whether what the server keeps grows with what it was sent.
 */
final class HeapSampler implements AutoCloseable {
  /** One reading: seconds since the sampler started, MiB in use, MiB of old generation. */
  record Sample(double seconds, double usedMib, double oldMib) {}

  private final Process jstat;
  private final List<Sample> samples = new ArrayList<>();
  private final Thread reader;
  private final long start = System.nanoTime();

  private HeapSampler(Process jstat) {
    this.jstat = jstat;
    this.reader = new Thread(this::read, "heap-sampler");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Samples the process {@code pid}; null when jstat cannot be run (the figures are then absent).
   */
  static HeapSampler start(long pid) {
    if (pid <= 0) {
      return null;
    }
    try {
      return new HeapSampler(
          new ProcessBuilder("jstat", "-gc", Long.toString(pid), "1000")
              .redirectErrorStream(true)
              .start());
    } catch (IOException e) {
      System.err.println("  (no heap figures: jstat could not run: " + e.getMessage() + ")");
      return null;
    }
  }

  private void read() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
      String[] header = null;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length > 0 && fields[0].equals("S0C")) {
          header = fields;
          continue;
        }
        if (header == null || fields.length != header.length) {
          continue;
        }
        double used = 0;
        double old = 0;
        for (int i = 0; i < header.length; i++) {
          switch (header[i]) {
            case "S0U", "S1U", "EU" -> used += Double.parseDouble(fields[i]);
            case "OU" -> {
              old = Double.parseDouble(fields[i]);
              used += old;
            }
            default -> {
              // capacities, metaspace, collection counts
            }
          }
        }
        synchronized (samples) {
          samples.add(new Sample((System.nanoTime() - start) / 1e9, used / 1024, old / 1024));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // the process ended or printed something else: keep what was read
    }
  }

  /** The readings taken so far. */
  List<Sample> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  /** Seconds since the sampler started, to cut the readings into phases. */
  double now() {
    return (System.nanoTime() - start) / 1e9;
  }

  @Override
  public void close() {
    jstat.destroy();
  }
}

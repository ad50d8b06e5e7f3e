package dev.sessionvault.it.fuzz;

import java.nio.file.Path;

/**
 * How much to fuzz, from system properties: {@code fuzz.tries} (default 1,000, the suite's sample;
 * the benchmark runs 10,000), {@code fuzz.seed} (default 20261204: the suite sends the same
 * requests every time), {@code fuzz.report} (a file for the class × answer table, optional), and
 * {@code fuzz.maxRequestBytes} (the server's body limit; the test servers have 4 MiB).
 */
record FuzzSettings(int tries, long seed, Path report, int maxRequestBytes) {
  static FuzzSettings fromSystemProperties() {
    String report = System.getProperty("fuzz.report", "");
    return new FuzzSettings(
        Integer.getInteger("fuzz.tries", 1_000),
        Long.getLong("fuzz.seed", 20261204L),
        report.isBlank() ? null : Path.of(report),
        Integer.getInteger("fuzz.maxRequestBytes", 4_194_304));
  }
}

package dev.sessionvault.bench;

import java.util.ArrayList;
import java.util.List;

/** Everything one run measured; filled phase by phase, then reported. */
final class Results {
  // corpus
  int messages;
  int sessions;
  long corpusChars;
  double generationSeconds;
  int[] roleCounts = new int[3]; // user, assistant, tool

  // HTTP: load
  int loadThreads;
  int batchSize;
  double loadSeconds = Double.NaN;
  long loadedMessages;
  int createdSessions;

  // HTTP: rebuild and index
  double reindexSeconds = Double.NaN;
  long serverIndexBytes = -1;
  long serverDbBytes = -1; // the H2 database folder, after loading and the rebuild
  long serverIndexBytesAfterLoad = -1;
  String indexFormatNote;

  // HTTP: search
  List<String> queries;
  int warmupSeconds;
  int httpWarmupPasses;
  int luceneWarmupPasses;
  String loadBeforeHttpQueries;
  String loadBeforeLuceneQueries;
  long[][] httpNanos; // [pass][query]
  long[] httpTotals;
  int httpQueriesWithHitsButNoMark;
  long httpMarks;

  // fresh queries: each measured once, after the warm-up on the fixed ones
  String queryMode = "both"; // fixed, fresh or both
  List<String> freshQueries;
  long freshSeed;
  String loadBeforeHttpFresh;
  String loadBeforeLuceneFresh;
  long[] httpFreshNanos; // [query]
  long[] httpFreshTotals;
  int httpFreshQueriesWithHitsButNoMark;
  long httpFreshMarks;
  long[] luceneFreshNanos;
  long[] luceneFreshTotals;
  long luceneFreshMarks;
  int freshTotalsDiffering = -1;

  // Lucene floor
  double luceneBuildSeconds = Double.NaN;
  long luceneIndexBytes = -1;
  long[][] luceneNanos;
  long[] luceneTotals;
  long luceneMarks;
  int totalsDiffering = -1;

  /** What went wrong, phase by phase; empty when the run is complete. */
  final List<String> failures = new ArrayList<>();

  /** Remarks that are not failures (e.g. a skipped phase). */
  final List<String> notes = new ArrayList<>();

  boolean measuresFixed() {
    return !queryMode.equals("fresh");
  }

  boolean measuresFresh() {
    return !queryMode.equals("fixed");
  }

  double loadRate() {
    return loadedMessages / loadSeconds;
  }
}

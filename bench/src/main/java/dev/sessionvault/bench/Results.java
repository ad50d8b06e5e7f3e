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

  double loadRate() {
    return loadedMessages / loadSeconds;
  }
}

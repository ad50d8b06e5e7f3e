package dev.sessionvault.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scale-out benchmark's figures and its section of BENCHMARKS.md: always the file's last,
 * ending with the line {@code scale-out: <n> passed, <m> failed}.
 */
final class ScaleOutReport {
  static final String HEADING = "## Scale-out";

  final List<ScaleOutBench.Check> checks = new ArrayList<>();
  private final int seconds;
  ScaleOutBench.Load load;
  Latencies.Summary searchA;
  Latencies.Summary searchB;
  int unmarked;
  Clients.Rate searchOneNode;
  Clients.Rate searchTwoNodes;
  ScaleOutTraffic.Ingest ingestOneNode;
  ScaleOutTraffic.Ingest ingestTwoNodes;
  Visibility.Delays sameNode;
  Visibility.Delays acrossNodes;

  ScaleOutReport(int seconds) {
    this.seconds = seconds;
  }

  void console() {
    System.out.println();
    for (ScaleOutBench.Check check : checks) {
      System.out.println(
          (check.passed() ? "  passed: " : "  FAILED: ")
              + check.what()
              + " ("
              + check.detail()
              + ")");
    }
  }

  void markdown(Path file, String command, String servers) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append(HEADING).append("\n\n");
    md.append(
        """
        `bench/scale-out.sh` starts a real OpenSearch node (the test suite's, `search-node`), a fresh \
        PostgreSQL database `sessionvault_scaleout` and two Liberty nodes on them \
        (`SESSIONVAULT_SEARCH=elasticsearch`, ports 9190 and 9191), loads the search benchmark's \
        corpus through both nodes (sessions alternating), then measures the same traffic through \
        node A alone and spread over both: one search client on each node (the search benchmark's \
        200 fixed queries after a minute's warm-up of both), several search clients at once, and the \
        write path's concurrent ingest (writers appending single messages, each to a session of its \
        own) with a prober measuring meanwhile how soon a write is found. Last, with nothing else \
        running, how soon a write on one node is found on the same node and on the other. Everything \
        runs on the one machine below: two nodes share its cores with each other, PostgreSQL, \
        OpenSearch and the clients, so these figures show what the second node costs and that the \
        cluster answers the same from both, not the capacity of two machines. This section is \
        replaced on every run and stays the file's last.

        """);
    Machine.runRows(md, command, servers);
    md.append('\n');
    if (load != null) {
      md.append(
          String.format(
              Locale.ROOT,
              """
              ### Loading %,d messages in %,d sessions through both nodes

              | %d clients per node, appends of %d | stored | searchable on both nodes | \
              largest index lag | index documents / database rows |
              |---|---|---|---|---|
              | | %.0f s (%,.0f messages/s) | %.0f s (%,.0f messages/s) | %.1f s | %,d / %,d |

              """,
              load.messages(),
              load.sessions(),
              load.clientsPerNode(),
              load.batch(),
              load.storedSeconds(),
              load.messages() / load.storedSeconds(),
              load.searchableSeconds(),
              load.messages() / load.searchableSeconds(),
              load.maxLagSeconds(),
              load.documents(),
              load.rows()));
    }
    if (searchA != null) {
      md.append("### Search, one client (ms)\n\n");
      md.append("| through | median | p95 | p99 | max | mean | searches |\n");
      md.append("|---|---|---|---|---|---|---|\n");
      latencyRow(md, "node A", searchA);
      latencyRow(md, "node B", searchB);
      md.append('\n');
    }
    if (searchOneNode != null) {
      md.append(
          String.format(
              Locale.ROOT,
              "### Search, %d clients at once for %d s%n%n",
              searchOneNode.clients(),
              seconds));
      rateTable(md, "searches/s", searchOneNode, searchTwoNodes);
    }
    if (ingestOneNode != null) {
      md.append(
          String.format(
              Locale.ROOT,
              "### Concurrent ingest, %d writers for %d s%n%n",
              ingestOneNode.writes().clients(),
              seconds));
      rateTable(
          md,
          "appends/s",
          ingestOneNode.writes(),
          ingestTwoNodes == null ? null : ingestTwoNodes.writes());
      md.append(
          "Meanwhile a prober wrote on node A every 200 ms and searched for its word on node A (one"
              + " node) or node B (two nodes), in ms:\n\n");
      delayHeader(md);
      delayRow(md, "one node: written on A, found on A", ingestOneNode.visibility());
      if (ingestTwoNodes != null) {
        delayRow(md, "two nodes: written on A, found on B", ingestTwoNodes.visibility());
      }
      md.append('\n');
    }
    if (acrossNodes != null) {
      md.append("### Visibility delay, nothing else running (ms, searched every 5 ms)\n\n");
      delayHeader(md);
      delayRow(md, "found on the node that took the write", sameNode);
      delayRow(md, "found on the other node", acrossNodes);
      md.append('\n');
    }
    md.append("### Checks\n\n");
    for (ScaleOutBench.Check check : checks) {
      md.append(check.passed() ? "- passed: " : "- **FAILED**: ")
          .append(check.what())
          .append(" (")
          .append(check.detail())
          .append(")\n");
    }
    long failed = checks.stream().filter(check -> !check.passed()).count();
    md.append('\n')
        .append(String.format("scale-out: %d passed, %d failed%n", checks.size() - failed, failed));
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    int at = text.indexOf("\n" + HEADING + "\n");
    text = (at >= 0 ? text.substring(0, at + 1) : text.stripTrailing() + "\n\n") + md;
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void latencyRow(StringBuilder md, String label, Latencies.Summary s) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %,d |%n",
            label,
            s.median(),
            s.p95(),
            s.p99(),
            s.max(),
            s.mean(),
            s.count()));
  }

  private static void rateTable(StringBuilder md, String unit, Clients.Rate one, Clients.Rate two) {
    md.append("| through | ")
        .append(unit)
        .append(" | median (ms) | p99 (ms) | max (ms) |\n|---|---|---|---|---|\n");
    rateRow(md, "node A alone", one);
    if (two != null) {
      rateRow(md, "both nodes (clients alternating)", two);
      md.append(
          String.format(
              Locale.ROOT,
              "| both / one | %.2f× | %.2f× | %.2f× | |%n",
              two.perSecond() / one.perSecond(),
              two.latency().median() / one.latency().median(),
              two.latency().p99() / one.latency().p99()));
    }
    md.append('\n');
  }

  private static void rateRow(StringBuilder md, String label, Clients.Rate rate) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %,.0f | %.2f | %.2f | %.2f |%n",
            label,
            rate.perSecond(),
            rate.latency().median(),
            rate.latency().p99(),
            rate.latency().max()));
  }

  private static void delayHeader(StringBuilder md) {
    md.append("| | median | 90th percentile | max | samples |\n|---|---|---|---|---|\n");
  }

  private static void delayRow(StringBuilder md, String label, Visibility.Delays d) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %.0f | %.0f | %.0f | %d |%n",
            label,
            d.median(),
            d.p90(),
            d.max(),
            d.count()));
  }
}

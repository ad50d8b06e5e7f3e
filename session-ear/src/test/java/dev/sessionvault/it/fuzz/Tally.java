package dev.sessionvault.it.fuzz;

import dev.sessionvault.it.support.RawHttp;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** How each class of request was answered: counts per class and status, as a Markdown table. */
final class Tally {
  private final Map<RequestClass, Map<Integer, Integer>> counts = new EnumMap<>(RequestClass.class);

  void count(RequestClass requestClass, int status) {
    counts.computeIfAbsent(requestClass, c -> new TreeMap<>()).merge(status, 1, Integer::sum);
  }

  int total() {
    return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(i -> i).sum();
  }

  int count(int status) {
    return counts.values().stream().mapToInt(m -> m.getOrDefault(status, 0)).sum();
  }

  String markdown() {
    SortedSet<Integer> statuses = new TreeSet<>();
    counts.values().forEach(m -> statuses.addAll(m.keySet()));
    StringBuilder table = new StringBuilder("| request class | sent |");
    statuses.forEach(
        s -> table.append(' ').append(s == RawHttp.NO_ANSWER ? "no answer" : s).append(" |"));
    table.append("\n|---|---:|").append("---:|".repeat(statuses.size())).append('\n');
    counts.forEach(
        (requestClass, byStatus) -> {
          table.append("| ").append(requestClass.description()).append(" | ");
          table.append(byStatus.values().stream().mapToInt(i -> i).sum()).append(" |");
          statuses.forEach(s -> table.append(' ').append(byStatus.getOrDefault(s, 0)).append(" |"));
          table.append('\n');
        });
    table.append("| **all** | **").append(total()).append("** |");
    statuses.forEach(s -> table.append(" **").append(count(s)).append("** |"));
    return table.append('\n').toString();
  }
}

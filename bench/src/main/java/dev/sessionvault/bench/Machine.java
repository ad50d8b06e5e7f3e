package dev.sessionvault.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What the benchmark ran on, from {@code /proc} and the JVM. */
final class Machine {
  private Machine() {}

  /** The rows every write report starts with: when, where, how loaded, what ran. */
  static void runRows(StringBuilder md, String command, String server) {
    md.append("| | |\n|---|---|\n");
    md.append("| Date | ")
        .append(
            ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
        .append(" UTC |\n");
    md.append("| Machine | ").append(describe()).append(" |\n");
    md.append("| Load average before | ").append(loadAverage()).append(" |\n");
    if (server != null) {
      md.append("| Server | ").append(server).append(" |\n");
    }
    md.append("| Command | `").append(command).append("` |\n");
  }

  static String describe() {
    String cpu = field("/proc/cpuinfo", "model name");
    String memory = field("/proc/meminfo", "MemTotal");
    String memoryText = memory;
    if (memory != null && memory.endsWith("kB")) {
      long kb = Long.parseLong(memory.replace("kB", "").trim());
      memoryText = String.format(Locale.ROOT, "%.1f GiB RAM", kb / 1024.0 / 1024.0);
    }
    return String.format(
        "%d cores (nproc), %s, %s, %s %s",
        Runtime.getRuntime().availableProcessors(),
        memoryText == null ? "memory unknown" : memoryText,
        cpu == null ? "CPU unknown" : cpu,
        System.getProperty("os.name"),
        System.getProperty("os.version"));
  }

  static String java() {
    return System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + " ("
        + System.getProperty("java.vm.vendor")
        + ")";
  }

  /** The 1, 5 and 15 minute load averages, to judge how busy the shared machine was. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String field(String file, String name) {
    try {
      List<String> lines = Files.readAllLines(Path.of(file));
      for (String line : lines) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equals(name)) {
          return line.substring(colon + 1).trim();
        }
      }
    } catch (IOException e) {
      // not Linux: leave it unknown
    }
    return null;
  }
}

package dev.sessionvault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Classes small enough to read in one sitting: a main source file of any module over {@value
 * #MAX_LINES} lines says why in its Javadoc, with a sentence starting "{@value #REASON}".
 */
class SourceSizeTest {
  static final int MAX_LINES = 300;
  static final String REASON = "Longer than 300 lines because";

  /** The Javadoc lines of a file, where the reason must be. */
  private static final Pattern JAVADOC_REASON =
      Pattern.compile("^\\s*\\*\\s*(<p>)?" + Pattern.quote(REASON) + "\\s+\\S", Pattern.MULTILINE);

  @Test
  void everyLongSourceFileSaysWhyItIsLong() throws IOException {
    List<Path> sources = mainSources();
    assertFalse(sources.isEmpty(), "no main sources found under " + projectRoot());
    List<String> unexplained =
        sources.stream()
            .filter(file -> lines(file).size() > MAX_LINES)
            .filter(file -> !JAVADOC_REASON.matcher(String.join("\n", lines(file))).find())
            .map(file -> projectRoot().relativize(file) + " (" + lines(file).size() + " lines)")
            .toList();
    assertEquals(
        List.of(),
        unexplained,
        "split these classes, or say in their Javadoc \"" + REASON + " ...\"");
  }

  /** The repository: this test runs in session-ejb, whose parent holds every module. */
  private static Path projectRoot() {
    return Path.of("").toAbsolutePath().getParent();
  }

  private static List<Path> mainSources() throws IOException {
    try (Stream<Path> files = Files.walk(projectRoot())) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> file.toString().contains("/src/main/java/"))
          .filter(file -> !file.toString().contains("/target/"))
          .toList();
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }
}

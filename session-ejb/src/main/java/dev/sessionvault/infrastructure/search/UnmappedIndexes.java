package dev.sessionvault.infrastructure.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Deletes the index folders that no entity maps any more, such as the session index of earlier
 * versions, so that an upgraded installation does not keep them on disk for ever. Only folders that
 * hold a Lucene index are touched.
 */
final class UnmappedIndexes {
  private static final Logger LOG = Logger.getLogger(UnmappedIndexes.class.getName());

  private UnmappedIndexes() {}

  /** Deletes the index folders under {@code root} whose names are not in {@code mapped}. */
  static void delete(Path root, Set<String> mapped) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> children = Files.list(root)) {
      List<Path> unmapped =
          children
              .filter(Files::isDirectory)
              .filter(folder -> !mapped.contains(folder.getFileName().toString()))
              .filter(UnmappedIndexes::holdsAnIndex)
              .toList();
      for (Path folder : unmapped) {
        deleteTree(folder);
        LOG.info(
            () -> "Deleted the index folder " + folder + ": no entity is indexed there any more");
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot delete the unmapped index folders under " + root, e);
    }
  }

  private static boolean holdsAnIndex(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(file -> file.getFileName().toString().startsWith("segments"));
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}

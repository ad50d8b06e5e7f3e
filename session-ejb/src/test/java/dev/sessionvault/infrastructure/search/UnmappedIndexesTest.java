package dev.sessionvault.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnmappedIndexesTest {
  @TempDir Path root;

  @Test
  void deletesOnlyIndexFoldersNoEntityMaps() throws IOException {
    Path session = index("session");
    Path message = index("message");
    Path notAnIndex = Files.createDirectories(root.resolve("backup"));
    Files.writeString(notAnIndex.resolve("notes.txt"), "keep");
    Path marker = Files.writeString(root.resolve("sessionvault-index.properties"), "layout=3");

    UnmappedIndexes.delete(root, Set.of("message", "todo", "interaction"));

    assertFalse(Files.exists(session), "the unmapped index is gone");
    assertTrue(Files.exists(message.resolve("segments_2")), "a mapped index stays");
    assertTrue(Files.exists(notAnIndex.resolve("notes.txt")), "a folder without an index stays");
    assertTrue(Files.exists(marker));
  }

  @Test
  void aMissingRootIsNothingToDo() {
    UnmappedIndexes.delete(root.resolve("absent"), Set.of());

    assertFalse(Files.exists(root.resolve("absent")));
  }

  private Path index(String name) throws IOException {
    Path folder = Files.createDirectories(root.resolve(name));
    Files.writeString(folder.resolve("segments_2"), "x");
    Files.writeString(folder.resolve("_0.cfs"), "x");
    return folder;
  }
}

package dev.sessionvault.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.Search;

/**
 * The embedded default: Lucene indexes in a local directory of this node, the marker a file in it
 * ({@value #MARKER}), so that a deleted or copied directory is noticed.
 */
@ApplicationScoped
public class LuceneIndexStore implements IndexStore {
  private static final Logger LOG = Logger.getLogger(LuceneIndexStore.class.getName());

  /** Written into the index directory when a rebuild completes: the database it was built for. */
  static final String MARKER = "sessionvault-index.properties";

  private static final String DIRECTORY_ROOT = "hibernate.search.backend.directory.root";

  @PersistenceUnit(unitName = "sessionvault")
  EntityManagerFactory emf;

  @Override
  public boolean serves(Backend backend) {
    return backend instanceof LuceneBackend;
  }

  @Override
  public boolean shared() {
    return false;
  }

  @Override
  public void onStart() {
    UnmappedIndexes.delete(indexRoot(), mappedIndexNames());
  }

  @Override
  public Optional<Properties> readMarker() {
    Path file = markerFile();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties marker = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      marker.load(reader);
      return Optional.of(marker);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Unreadable index marker " + file + ": the index will be rebuilt", e);
      return Optional.empty();
    }
  }

  @Override
  public void writeMarker(Properties marker) {
    Path file = markerFile();
    try {
      Files.createDirectories(file.getParent());
      try (Writer writer = Files.newBufferedWriter(file)) {
        marker.store(writer, "Session Vault: the database this search index was built for");
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot write the index marker " + file, e);
    }
  }

  @Override
  public void deleteMarker() {
    try {
      Files.deleteIfExists(markerFile());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot delete the index marker", e);
    }
  }

  private Path indexRoot() {
    Object root = emf.getProperties().get(DIRECTORY_ROOT);
    return Path.of(root == null ? "data/index" : root.toString()).toAbsolutePath();
  }

  private Path markerFile() {
    return indexRoot().resolve(MARKER);
  }

  private Set<String> mappedIndexNames() {
    return Search.mapping(emf).allIndexedEntities().stream()
        .map(entity -> entity.indexManager().descriptor().hibernateSearchName())
        .collect(Collectors.toUnmodifiableSet());
  }
}

package dev.sessionvault.infrastructure.search;

import java.util.Optional;
import java.util.Properties;
import org.hibernate.search.engine.backend.Backend;

/**
 * Where the index lives (a local directory, or a search cluster) and what goes with it: the marker
 * that says which database and layout the index was built for, kept beside the index so that it
 * goes wherever the index goes, and what the store needs at startup. One implementation per
 * Hibernate Search backend; {@link SearchIndexMaintenance} takes the one serving the configured
 * backend.
 */
public interface IndexStore {
  /** Whether this store serves that backend. */
  boolean serves(Backend backend);

  /**
   * Whether several application nodes share the index. Then a node's startup never compares exact
   * counts (another node may be writing) and a rebuild makes search unavailable on every node.
   */
  boolean shared();

  /** Prepares the index for serving (settings, leftovers of earlier versions). */
  void onStart();

  /** The marker of the last completed rebuild, empty if there is none or it cannot be read. */
  Optional<Properties> readMarker();

  void writeMarker(Properties marker);

  void deleteMarker();
}

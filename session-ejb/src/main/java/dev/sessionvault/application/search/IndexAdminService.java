package dev.sessionvault.application.search;

import dev.sessionvault.application.view.search.IndexStatusView;
import dev.sessionvault.application.view.search.ReindexView;

/**
 * Operations on the search index as a whole: rebuild it from the database, follow the rebuild, see
 * how far it trails the database.
 */
public interface IndexAdminService {

  /** Starts a full rebuild in the background, unless one is running; returns its progress. */
  ReindexView startRebuild();

  /** The running rebuild's progress, or the outcome of the last one. */
  ReindexView progress();

  /** What is committed but not yet searchable; with {@code counts}, documents against rows. */
  IndexStatusView status(boolean counts);
}

package dev.sessionvault.application.internal.search;

import dev.sessionvault.domain.search.ConversationIndex;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At startup, rebuilds the search index in the background when it cannot be trusted (missing, empty
 * while the database is not, built for another database). The server serves requests meanwhile;
 * search answers 503 until the rebuild is done.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexStartup {
  private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());

  @Inject ConversationIndex index;

  @PostConstruct
  void checkIndex() {
    try {
      index.rebuildIfOutOfDate();
    } catch (RuntimeException e) {
      // Search stays usable on what the index holds; POST /api/v1/admin/reindex can repair it.
      LOG.log(Level.SEVERE, "Could not check the search index at startup", e);
    }
  }
}

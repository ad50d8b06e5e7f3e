package dev.sessionvault.infrastructure.persistence.h2;

import dev.sessionvault.application.DatabaseBackup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * H2's {@code BACKUP TO}: a ZIP of the database file, consistent because H2 copies it as of one
 * moment (MVCC) while writers go on. The kept transcripts are in the database, so they come along;
 * the search index is not (a server started on a restored database rebuilds it).
 */
@ApplicationScoped
public class H2OnlineBackup implements DatabaseBackup {
  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public boolean supported() {
    return em.getEntityManagerFactory()
            .unwrap(SessionFactoryImplementor.class)
            .getJdbcServices()
            .getDialect()
        instanceof H2Dialect;
  }

  @Override
  public void copyTo(Path file) {
    // a literal: BACKUP TO takes no parameter; the name is the server's own (data dir and a time)
    em.createNativeQuery("BACKUP TO '" + file.toString().replace("'", "''") + "'").executeUpdate();
  }
}

package dev.sessionvault.infrastructure.persistence;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Migrates the schema with Flyway while Hibernate builds its SessionFactory, before it validates
 * the schema ({@code hibernate.hbm2ddl.auto=validate}). A startup bean would run too late: Liberty
 * builds the persistence unit first and keeps a validation failure for the life of the application.
 */
public class FlywayMigrationIntegrator implements Integrator {
  private static final System.Logger LOG =
      System.getLogger(FlywayMigrationIntegrator.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    Dialect dialect = metadata.getDatabase().getDialect();
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .placeholders(placeholders(dialect))
            .load()
            .migrate();
    LOG.log(
        System.Logger.Level.INFO,
        "Schema migrated to version {0} ({1} migrations applied)",
        result.targetSchemaVersion == null
            ? result.initialSchemaVersion
            : result.targetSchemaVersion,
        result.migrationsExecuted);
    if (dialect instanceof PostgreSQLDialect) { // the embedded H2 has one node by definition
      BootstrapLock.acquire(dataSource);
    }
    sessionFactory.addObserver(
        new SessionFactoryObserver() {
          @Override
          public void sessionFactoryClosed(SessionFactory factory) {
            BootstrapLock.release(); // a start that failed after this point
          }
        });
  }

  /**
   * The vendor differences the migrations need: PostgreSQL stores JSON as jsonb and Hibernate's
   * long binaries as bytea (H2: blob).
   */
  static Map<String, String> placeholders(Dialect dialect) {
    boolean postgresql = dialect instanceof PostgreSQLDialect;
    return Map.of(
        "json_type",
        postgresql ? "jsonb" : "json",
        "binary_type",
        postgresql ? "bytea" : "blob",
        "random_uuid",
        postgresql ? "gen_random_uuid()::text" : "cast(random_uuid() as varchar(36))");
  }
}

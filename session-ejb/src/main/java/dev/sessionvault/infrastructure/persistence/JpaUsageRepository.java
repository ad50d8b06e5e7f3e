package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.shared.TokenCounts;
import dev.sessionvault.domain.usage.UsageGrouping;
import dev.sessionvault.domain.usage.UsageRepository;
import dev.sessionvault.domain.usage.UsageRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Sums usage in the database, one aggregate query per grouping (the messages are never loaded).
 * Days are the date parts of each message's time as the database sees it: UTC for H2 (instants are
 * stored in UTC) and the JDBC session's time zone for PostgreSQL (the server JVM's, UTC in the
 * shipped configuration).
 */
@ApplicationScoped
public class JpaUsageRepository implements UsageRepository {
  private static final String SUMS =
      "count(distinct s.id), count(m), sum(m.tokens.input), sum(m.tokens.output),"
          + " sum(m.tokens.cacheRead), sum(m.tokens.cacheWrite), sum(m.costUsd)";

  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public UsageRow total(UUID accountId, UUID projectId, Instant from, Instant to) {
    TypedQuery<Object[]> query =
        em.createQuery("select " + SUMS + where(projectId), Object[].class);
    return row(null, parameters(query, accountId, projectId, from, to).getSingleResult(), 0);
  }

  @Override
  public List<UsageRow> sum(
      UUID accountId, UUID projectId, Instant from, Instant to, UsageGrouping grouping) {
    String where = where(projectId);
    String jpql =
        switch (grouping) {
          case MODEL -> "select m.model, " + SUMS + where + " group by m.model";
          case PROJECT ->
              "select p.key, "
                  + SUMS
                  + where.replace(
                      "join m.session s",
                      "join m.session s left join Project p on p.id = s.projectId")
                  + " group by p.key";
          case DAY ->
              "select extract(year from m.timestamp), extract(month from m.timestamp),"
                  + " extract(day from m.timestamp), "
                  + SUMS
                  + where
                  + " group by extract(year from m.timestamp), extract(month from m.timestamp),"
                  + " extract(day from m.timestamp)";
        };
    TypedQuery<Object[]> query =
        parameters(em.createQuery(jpql, Object[].class), accountId, projectId, from, to);
    List<UsageRow> rows = new ArrayList<>();
    Map<String, UsageRow> days = new TreeMap<>();
    for (Object[] row : query.getResultList()) {
      if (grouping == UsageGrouping.DAY) {
        String day =
            String.format(
                "%04d-%02d-%02d",
                ((Number) row[0]).intValue(),
                ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue());
        days.put(day, row(day, row, 3));
      } else {
        rows.add(row((String) row[0], row, 1));
      }
    }
    if (grouping == UsageGrouping.DAY) {
      return List.copyOf(days.values());
    }
    rows.sort((a, b) -> b.costUsd().compareTo(a.costUsd()));
    return rows;
  }

  private static String where(UUID projectId) {
    return " from Message m join m.session s where s.accountId = :account"
        + " and m.timestamp >= :from and m.timestamp < :to"
        + (projectId == null ? "" : " and s.projectId = :project");
  }

  private static TypedQuery<Object[]> parameters(
      TypedQuery<Object[]> query, UUID accountId, UUID projectId, Instant from, Instant to) {
    query.setParameter("account", accountId).setParameter("from", from).setParameter("to", to);
    if (projectId != null) {
      query.setParameter("project", projectId);
    }
    return query;
  }

  private static UsageRow row(String key, Object[] row, int at) {
    return new UsageRow(
        key,
        number(row[at]),
        number(row[at + 1]),
        new TokenCounts(
            number(row[at + 2]), number(row[at + 3]), number(row[at + 4]), number(row[at + 5])),
        row[at + 6] == null ? BigDecimal.ZERO : (BigDecimal) row[at + 6]);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}

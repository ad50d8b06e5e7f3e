package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;

/** One page of a filtered, ordered listing with its exact total: a count query, then the page. */
final class CriteriaPages {
  private CriteriaPages() {}

  interface Filters<T> {
    Predicate[] of(CriteriaBuilder cb, Root<T> root);
  }

  interface Ordering<T> {
    List<Order> of(CriteriaBuilder cb, Root<T> root);
  }

  static <T> Page<T> page(
      EntityManager em, Class<T> type, Filters<T> filters, Ordering<T> ordering, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<T> counted = count.from(type);
    count.select(cb.count(counted)).where(filters.of(cb, counted));
    long total = em.createQuery(count).getSingleResult();
    if (page.startsAfter(total)) {
      return new Page<>(List.of(), page, total);
    }
    CriteriaQuery<T> select = cb.createQuery(type);
    Root<T> root = select.from(type);
    select.select(root).where(filters.of(cb, root)).orderBy(ordering.of(cb, root));
    List<T> items =
        em.createQuery(select)
            .setFirstResult(page.firstResult())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, page, total);
  }
}

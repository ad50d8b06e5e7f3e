package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.audit.AuditChainHead;
import dev.sessionvault.domain.audit.AuditCriteria;
import dev.sessionvault.domain.audit.AuditEntry;
import dev.sessionvault.domain.audit.AuditRecord;
import dev.sessionvault.domain.audit.AuditRepository;
import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {
  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public AuditRecord append(AuditEntry entry) {
    AuditChainHead head =
        em.find(AuditChainHead.class, entry.chain(), LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      // chains are opened with their account (and the deployment's by migration); this only
      // covers a chain opened before that rule existed
      head = new AuditChainHead(entry.chain());
      em.persist(head);
    }
    AuditRecord record = head.append(entry);
    em.persist(record);
    return record;
  }

  @Override
  public void openChain(String chain) {
    if (em.find(AuditChainHead.class, chain) == null) {
      em.persist(new AuditChainHead(chain));
    }
  }

  @Override
  public Page<AuditRecord> find(AuditCriteria criteria, PageRequest page) {
    return CriteriaPages.page(
        em,
        AuditRecord.class,
        (cb, record) -> filters(cb, record, criteria),
        (cb, record) -> List.of(cb.desc(record.get("occurredAt")), cb.desc(record.get("id"))),
        page);
  }

  @Override
  public List<AuditRecord> findAfter(AuditCriteria criteria, long afterId, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditRecord> select = cb.createQuery(AuditRecord.class);
    Root<AuditRecord> record = select.from(AuditRecord.class);
    Predicate[] filters = filters(cb, record, criteria);
    Predicate[] withKey = Arrays.copyOf(filters, filters.length + 1);
    withKey[filters.length] = cb.greaterThan(record.get("id"), afterId);
    select.select(record).where(withKey).orderBy(cb.asc(record.get("id")));
    return em.createQuery(select).setMaxResults(limit).getResultList();
  }

  @Override
  public List<AuditRecord> chainAfter(String chain, long afterSeq, int limit) {
    // Ordered by the whole unique index (chain, seq): H2 then reads the page off the index; by
    // seq alone it sorted every later row first.
    return em.createQuery(
            "select r from AuditRecord r where r.chain = :chain and r.seq > :after"
                + " order by r.chain, r.seq",
            AuditRecord.class)
        .setParameter("chain", chain)
        .setParameter("after", afterSeq)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<AuditChainHead> head(String chain) {
    return Optional.ofNullable(em.find(AuditChainHead.class, chain));
  }

  @Override
  public void release() {
    em.clear();
  }

  private static Predicate[] filters(
      CriteriaBuilder cb, Root<AuditRecord> record, AuditCriteria criteria) {
    List<Predicate> filters = new ArrayList<>();
    if (!criteria.allChains()) {
      filters.add(cb.equal(record.get("chain"), criteria.chain()));
    }
    if (criteria.actorId() != null) {
      filters.add(cb.equal(record.get("actorId"), criteria.actorId()));
    }
    if (criteria.action() != null) {
      filters.add(cb.equal(record.get("action"), criteria.action()));
    }
    if (criteria.targetType() != null) {
      filters.add(cb.equal(record.get("targetType"), criteria.targetType()));
    }
    if (criteria.targetId() != null) {
      filters.add(cb.equal(record.get("targetId"), criteria.targetId()));
    }
    if (criteria.outcome() != null) {
      filters.add(cb.equal(record.get("outcome"), criteria.outcome()));
    }
    if (criteria.requestId() != null) {
      filters.add(cb.equal(record.get("requestId"), criteria.requestId()));
    }
    if (criteria.from() != null) {
      filters.add(cb.greaterThanOrEqualTo(record.get("occurredAt"), criteria.from()));
    }
    if (criteria.to() != null) {
      filters.add(cb.lessThan(record.get("occurredAt"), criteria.to()));
    }
    return filters.toArray(Predicate[]::new);
  }
}

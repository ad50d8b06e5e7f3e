package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.account.Account;
import dev.sessionvault.domain.account.AccountRepository;
import dev.sessionvault.domain.project.Project;
import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {
  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public void add(Account account) {
    em.persist(account);
  }

  @Override
  public Optional<Account> find(UUID id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public Optional<Account> findByName(String name) {
    return em.createQuery("select a from Account a where a.name = :name", Account.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void remove(Account account) {
    em.createQuery(
            "delete from " + Project.class.getSimpleName() + " p where p.accountId = :account")
        .setParameter("account", account.id())
        .executeUpdate();
    em.remove(account);
  }

  @Override
  public Page<Account> list(PageRequest page) {
    long total = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    if (page.startsAfter(total)) {
      return new Page<>(List.of(), page, total);
    }
    return new Page<>(
        em.createQuery("select a from Account a order by a.name, a.id", Account.class)
            .setFirstResult(page.firstResult())
            .setMaxResults(page.size())
            .getResultList(),
        page,
        total);
  }
}

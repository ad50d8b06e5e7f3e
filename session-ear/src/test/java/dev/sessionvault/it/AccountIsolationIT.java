package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.application.search.SearchIndex;
import dev.sessionvault.application.search.SearchRequest;
import dev.sessionvault.application.view.search.SearchResultView;
import dev.sessionvault.domain.account.Account;
import dev.sessionvault.domain.account.AccountRepository;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.message.MessageContent;
import dev.sessionvault.domain.message.MessageRepository;
import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionCriteria;
import dev.sessionvault.domain.session.SessionDetails;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.session.SessionSort;
import dev.sessionvault.domain.shared.PageRequest;
import dev.sessionvault.domain.shared.Timestamps;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenancy below the services, where HTTP cannot look: repositories and the search index never
 * return another account's rows. What callers see over HTTP is {@link TenancyIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
class AccountIsolationIT {
  /** The default account's fixed id (V2__default_account.sql), which every HTTP caller acts as. */
  private static final UUID DEFAULT_ACCOUNT =
      UUID.fromString("00000000-0000-7000-8000-000000000001");

  /**
   * The EJB module's classes and resources with the EAR's libraries, as a test WAR: an in-container
   * test cannot run inside the EAR itself (the Arquillian servlet cannot load there).
   */
  @Deployment
  static WebArchive services() {
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, "account-isolation-it.war")
            .addPackages(
                true,
                "dev.sessionvault.domain",
                "dev.sessionvault.application",
                "dev.sessionvault.infrastructure")
            .addAsLibraries(new File(System.getProperty("ear.dir"), "lib").listFiles())
            .addAsWebInfResource(new ClassLoaderAsset("META-INF/ejb-jar.xml"), "ejb-jar.xml")
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    for (String resource :
        List.of(
            "META-INF/persistence.xml",
            "META-INF/microprofile-config.properties",
            "META-INF/services/org.hibernate.integrator.spi.Integrator")) {
      war.addAsResource(new ClassLoaderAsset(resource), resource);
    }
    moduleResources().forEach(name -> war.addAsResource(new ClassLoaderAsset(name), name));
    return war;
  }

  /**
   * Every resource the EJB module ships outside META-INF (migrations, callbacks, the price table):
   * a new one needs no change here. Without the price table the deployment never started.
   */
  private static List<String> moduleResources() {
    File ejbModule = new File(System.getProperty("ear.dir"), "session-ejb.jar");
    try (ZipFile jar = new ZipFile(ejbModule)) {
      return jar.stream()
          .map(ZipEntry::getName)
          .filter(
              name ->
                  !name.startsWith("META-INF/") && !name.endsWith("/") && !name.endsWith(".class"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ejbModule, e);
    }
  }

  @Inject AccountRepository accountRepository;
  @Inject SessionRepository sessionRepository;
  @Inject UserTransaction transaction;
  @Inject ConversationIndex index;
  @Inject SearchIndex search;
  @Inject MessageRepository messageRepository;

  @Test
  void anotherAccountsDataIsInvisible() throws Exception {
    UUID mine = inTransaction(() -> addSession(DEFAULT_ACCOUNT).id());
    UUID team = inTransaction(this::newAccount);
    UUID theirs = inTransaction(() -> addSession(team).id());
    inTransaction(
        () -> {
          assertTrue(sessionRepository.find(team, mine).isEmpty());
          assertTrue(sessionRepository.findForUpdate(team, mine).isEmpty());
          assertTrue(sessionRepository.find(DEFAULT_ACCOUNT, theirs).isEmpty());
          assertTrue(sessionRepository.find(DEFAULT_ACCOUNT, mine).isPresent());
          SessionCriteria everything =
              new SessionCriteria(
                  null, null, null, null, null, null, null, null, null, null, null, null);
          var listed =
              sessionRepository.list(
                  team, everything, SessionSort.NEWEST_FIRST, new PageRequest(1, 200));
          assertEquals(1, listed.total(), "the other account sees only its own session");
          assertEquals(theirs, listed.items().get(0).id());
          return null;
        });

    assertTrue(inTransaction(() -> sessionRepository.find(team, theirs).isPresent()), "untouched");
  }

  @Test
  void searchNeverShowsAnotherAccountsContent() throws Exception {
    String word = "isolated" + UUID.randomUUID().toString().replace("-", "");
    UUID team = inTransaction(this::newAccount);
    UUID mine = inTransaction(() -> addSessionWithMessage(DEFAULT_ACCOUNT, word).id());
    UUID theirs = inTransaction(() -> addSessionWithMessage(team, word).id());
    awaitIndexed();

    SearchResultView myHits = inTransaction(() -> search.search(DEFAULT_ACCOUNT, request(word)));
    assertEquals(1, myHits.total(), "identical content in another account is not a hit");
    assertEquals(mine, myHits.hits().get(0).sessionId());

    // the same index, asked for the other account, answers with the other account's only
    SearchResultView theirHits = inTransaction(() -> search.search(team, request(word)));
    assertEquals(1, theirHits.total());
    assertEquals(theirs, theirHits.hits().get(0).sessionId());
  }

  /** The index follows the database through the outbox within a moment. */
  private void awaitIndexed() throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!index.status(false).caughtUp()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the index did not catch up within 60 s: " + index.status(false));
      }
      Thread.sleep(20);
    }
  }

  private static SearchRequest request(String q) {
    return new SearchRequest(
        q,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        SearchRequest.DEFAULT_SORT,
        1,
        20,
        Set.of("agent"),
        false);
  }

  private Session addSessionWithMessage(UUID accountId, String word) {
    Session session = addSession(accountId);
    Message message =
        Message.append(
            session,
            new MessageContent(
                null,
                null,
                MessageRole.USER,
                "searching for " + word,
                null,
                null,
                null,
                null,
                null,
                null,
                null),
            Timestamps.now());
    messageRepository.add(message);
    return session;
  }

  private UUID newAccount() {
    String name = "team-" + UUID.randomUUID().toString().substring(0, 8);
    Account account = new Account(name, "Team " + name, Timestamps.now());
    accountRepository.add(account);
    return account.id();
  }

  private Session addSession(UUID accountId) {
    Session session =
        new Session(
            accountId,
            new SessionDetails(
                null, "theirs", null, null, "aider", null, null, null, null, null, null, null, null,
                null, null, null, null, null),
            Timestamps.now());
    sessionRepository.add(session);
    return session;
  }

  private <T> T inTransaction(java.util.concurrent.Callable<T> work) throws Exception {
    transaction.begin();
    try {
      T result = work.call();
      transaction.commit();
      return result;
    } catch (Exception | Error e) {
      transaction.rollback();
      throw e;
    }
  }
}

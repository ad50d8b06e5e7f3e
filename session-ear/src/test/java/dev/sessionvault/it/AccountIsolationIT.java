package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.application.AccountService;
import dev.sessionvault.application.ProjectService;
import dev.sessionvault.application.SearchService;
import dev.sessionvault.application.SessionService;
import dev.sessionvault.application.command.CreateAccountCommand;
import dev.sessionvault.application.command.CreateSessionCommand;
import dev.sessionvault.application.command.SearchRequest;
import dev.sessionvault.application.view.AccountView;
import dev.sessionvault.application.view.FacetCountView;
import dev.sessionvault.application.view.SearchResultView;
import dev.sessionvault.application.view.SessionSearchResultView;
import dev.sessionvault.application.view.SessionView;
import dev.sessionvault.domain.account.AccountInUseException;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.message.MessageContent;
import dev.sessionvault.domain.message.MessageRepository;
import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.project.Project;
import dev.sessionvault.domain.project.ProjectRepository;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.search.Facet;
import dev.sessionvault.domain.search.QueryParser;
import dev.sessionvault.domain.search.SearchCriteria;
import dev.sessionvault.domain.search.SearchResults;
import dev.sessionvault.domain.search.SearchSort;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionCriteria;
import dev.sessionvault.domain.session.SessionDetails;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.session.SessionSort;
import dev.sessionvault.domain.shared.PageRequest;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.ValidationException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenancy inside the server, where HTTP cannot reach yet (every HTTP caller is the default account
 * until authentication lands): repositories never return another account's rows, services answer
 * 404 for them, and an account that still has sessions cannot be deleted.
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
            "META-INF/services/org.hibernate.integrator.spi.Integrator",
            "db/migration/flyway.location",
            "db/migration/V1__schema.sql",
            "db/migration/V2__default_account.sql",
            "db/migration/V3__installation.sql",
            "db/callback/flyway.location")) {
      war.addAsResource(new ClassLoaderAsset(resource), resource);
    }
    return war;
  }

  @Inject AccountService accounts;
  @Inject SessionService sessions;
  @Inject ProjectService projectService;
  @Inject SessionRepository sessionRepository;
  @Inject ProjectRepository projectRepository;
  @Inject UserTransaction transaction;
  @Inject SearchService search;
  @Inject ConversationIndex index;
  @Inject MessageRepository messageRepository;

  @Test
  void anAccountThatStillHasSessionsCannotBeDeleted() throws Exception {
    AccountView team = newAccount();
    UUID sessionId = inTransaction(() -> addSession(team.id()).id());

    assertThrows(AccountInUseException.class, () -> accounts.delete(team.id()));
    assertEquals(team, accounts.get(team.id()), "the refused delete changed nothing");

    inTransaction(
        () -> {
          sessionRepository.remove(sessionRepository.find(team.id(), sessionId).orElseThrow());
          return null;
        });
    accounts.delete(team.id());
    assertThrows(ResourceNotFoundException.class, () -> accounts.get(team.id()));
  }

  @Test
  void deletingAnAccountWithoutSessionsTakesItsProjects() throws Exception {
    AccountView team = newAccount();
    UUID projectId =
        inTransaction(
            () -> {
              Project project = new Project(team.id(), "web", "Web", null, Timestamps.now());
              projectRepository.add(project);
              return project.id();
            });
    accounts.delete(team.id());
    assertTrue(inTransaction(() -> projectRepository.find(team.id(), projectId).isEmpty()));
  }

  @Test
  void anotherAccountsDataIsInvisible() throws Exception {
    SessionView mine = sessions.create(command("codex"));
    AccountView team = newAccount();
    UUID theirs = inTransaction(() -> addSession(team.id()).id());
    UUID theirProject =
        inTransaction(
            () -> {
              Project project = new Project(team.id(), "api", "API", null, Timestamps.now());
              projectRepository.add(project);
              return project.id();
            });

    inTransaction(
        () -> {
          assertTrue(sessionRepository.find(team.id(), mine.id()).isEmpty());
          assertTrue(sessionRepository.findForUpdate(team.id(), mine.id()).isEmpty());
          assertTrue(sessionRepository.find(DEFAULT_ACCOUNT, theirs).isEmpty());
          assertTrue(sessionRepository.find(DEFAULT_ACCOUNT, mine.id()).isPresent());
          SessionCriteria everything =
              new SessionCriteria(null, null, null, null, null, null, null, null, null, null, null);
          var listed =
              sessionRepository.list(
                  team.id(), everything, SessionSort.NEWEST_FIRST, new PageRequest(1, 200));
          assertEquals(1, listed.total(), "the other account sees only its own session");
          assertEquals(theirs, listed.items().get(0).id());
          return null;
        });

    // The services act for the caller (the default account): the other account's rows do not exist.
    assertThrows(ResourceNotFoundException.class, () -> sessions.get(theirs));
    assertThrows(ResourceNotFoundException.class, () -> sessions.state(theirs, 10));
    assertThrows(
        ResourceNotFoundException.class,
        () ->
            sessions.patch(
                theirs, Json.createObjectBuilder().add("name", "x").build(), OptionalLong.empty()));
    assertThrows(
        ResourceNotFoundException.class, () -> sessions.delete(theirs, OptionalLong.empty()));
    assertThrows(ResourceNotFoundException.class, () -> projectService.get(theirProject));
    assertThrows(ResourceNotFoundException.class, () -> projectService.delete(theirProject));
    ValidationException foreignProject =
        assertThrows(
            ValidationException.class,
            () ->
                sessions.patch(
                    mine.id(),
                    Json.createObjectBuilder().add("projectId", theirProject.toString()).build(),
                    OptionalLong.empty()));
    assertEquals("projectId", foreignProject.errors().get(0).field());
    assertTrue(
        inTransaction(() -> sessionRepository.find(team.id(), theirs).isPresent()), "untouched");
  }

  @Test
  void searchNeverShowsAnotherAccountsContent() throws Exception {
    String word = "isolated" + UUID.randomUUID().toString().replace("-", "");
    AccountView team = newAccount();
    UUID mine = inTransaction(() -> addSessionWithMessage(DEFAULT_ACCOUNT, word).id());
    UUID theirs = inTransaction(() -> addSessionWithMessage(team.id(), word).id());

    SearchRequest request = searchFor(word, 20, EnumSet.allOf(Facet.class));
    SearchResultView found = search.search(request);
    assertEquals(1, found.total(), "identical content in another account is not a hit");
    assertEquals(mine, found.hits().get(0).sessionId());
    assertEquals(
        List.of(new FacetCountView("aider", 1)),
        found.facets().get("agent"),
        "nor is it counted in the facets");
    assertEquals(1, found.facets().get("role").stream().mapToLong(FacetCountView::count).sum());
    SessionSearchResultView grouped = search.searchBySession(searchFor(word, 10, Set.of()));
    assertEquals(1, grouped.total());
    assertEquals(mine, grouped.sessions().get(0).sessionId());

    // the same index, asked for the other account, answers with the other account's only
    SearchResults theirHits =
        inTransaction(
            () ->
                index.search(
                    team.id(),
                    new SearchCriteria(
                        QueryParser.parse(word),
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
                        null),
                    SearchSort.RELEVANCE,
                    new PageRequest(1, 20),
                    Set.of(Facet.AGENT)));
    assertEquals(1, theirHits.total());
    assertEquals(theirs, theirHits.hits().get(0).sessionId());
  }

  private static SearchRequest searchFor(String q, int size, Set<Facet> facets) {
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
        SearchSort.RELEVANCE,
        1,
        size,
        facets);
  }

  private Session addSessionWithMessage(UUID accountId, String word) {
    Session session = addSession(accountId);
    Message message =
        session.appendMessage(
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

  private AccountView newAccount() {
    String name = "team-" + UUID.randomUUID().toString().substring(0, 8);
    AccountView account = accounts.create(new CreateAccountCommand(name, "Team " + name));
    assertEquals(name, account.name());
    return account;
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

  private static CreateSessionCommand command(String agent) {
    return new CreateSessionCommand(
        null, "mine", null, null, agent, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
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

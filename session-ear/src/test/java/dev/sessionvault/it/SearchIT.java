package dev.sessionvault.it;

import static dev.sessionvault.it.support.Fixtures.createSession;
import static dev.sessionvault.it.support.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Fixtures;
import dev.sessionvault.it.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Full-text search over the deployed server. Each test builds its own corpus under a unique tag and
 * searches within that tag, so the other tests' sessions never interfere:
 *
 * <pre>
 * login:  claude_code, claude-sonnet-4, "Fix flaky login test", tags [T, security], project P
 *   1 user      2026-01-10T10:00Z  "the login test fails on CI"             cost 1
 *   2 assistant 2026-01-11T10:00Z  "the flaky login test is fixed now"      cost 1
 *   3 tool Bash 2026-01-11T11:00Z  "npm run suite passed"                   cost 1
 * parser: codex, gpt-5, "Refactor parser", tags [T], completed
 *   1 user      2026-02-01T09:00Z  "login once here"                        cost 0.1
 *   2 assistant 2026-02-02T09:00Z  "parser refactored"                      cost 0.1
 * </pre>
 */
class SearchIT extends EndToEndTest {
  private String tag;
  private String projectId;
  private String login;
  private String parser;

  @BeforeEach
  void corpus() throws InterruptedException {
    tag = Fixtures.uniqueTag();
    projectId =
        Api.post("/projects", "{\"key\":\"" + tag + "\",\"name\":\"Search fixture\"}")
            .expect(201)
            .json()
            .getString("id");
    login =
        createSession(
                session("claude_code")
                    .add("name", "Fix flaky login test")
                    .add("model", "claude-sonnet-4")
                    .add("projectId", projectId)
                    .add("tags", Json.createArrayBuilder().add(tag).add("security")))
            .getString("id");
    append(
        login,
        message("user", "the login test fails on CI", "2026-01-10T10:00:00Z", "1"),
        message("assistant", "the flaky login test is fixed now", "2026-01-11T10:00:00Z", "1"),
        message("tool", "npm run suite passed", "2026-01-11T11:00:00Z", "1")
            .add("toolName", "Bash"));
    parser =
        createSession(
                session("codex")
                    .add("name", "Refactor parser")
                    .add("model", "gpt-5")
                    .add("tags", Json.createArrayBuilder().add(tag)))
            .getString("id");
    append(
        parser,
        message("user", "login once here", "2026-02-01T09:00:00Z", "0.1"),
        message("assistant", "parser refactored", "2026-02-02T09:00:00Z", "0.1"));
    Api.post("/sessions/" + parser + "/status", "{\"status\":\"completed\"}").expect(200);
    // the new status is in the session's own document, which hits look up
    awaitTotal("status=completed", 2);
  }

  @Test
  void aMessageMatchingAllWordsInNameAndContentRanksAboveOneMatchingOnce() {
    JsonArray hits = search("q=" + enc("flaky login")).getJsonArray("hits");
    assertEquals(
        List.of(login + "#2", login + "#1", login + "#3"),
        keys(hits),
        "both words in content and name, then one word in content, then the name alone: " + hits);
    assertTrue(score(hits, 0) > score(hits, 1) && score(hits, 1) > score(hits, 2), hits.toString());
  }

  @Test
  void aWordFoundInTheTextOrTheSessionNameMakesAHit() {
    JsonArray hits = search("q=login").getJsonArray("hits");
    assertEquals(
        Set.of(login + "#1", login + "#2", login + "#3", parser + "#1"), Set.copyOf(keys(hits)));
    for (int i = 1; i < hits.size(); i++) {
      assertTrue(score(hits, i - 1) >= score(hits, i), "ranked by score: " + hits);
    }
  }

  @Test
  void hitsCarryTheirSessionAndMessage() {
    JsonObject hit = search("q=refactored").getJsonArray("hits").getJsonObject(0);
    assertEquals("message", hit.getString("kind"));
    assertEquals(parser, hit.getString("sessionId"));
    assertEquals("Refactor parser", hit.getString("sessionName"));
    assertEquals("codex", hit.getString("agent"));
    assertEquals("gpt-5", hit.getString("model"));
    assertEquals("completed", hit.getString("status"));
    assertTrue(hit.isNull("projectId"));
    assertEquals(2, hit.getInt("seq"));
    assertEquals("assistant", hit.getString("role"));
    assertEquals("2026-02-02T09:00:00Z", hit.getString("timestamp"));
    assertEquals(hit.getString("id"), hit.getString("messageId"));
    assertTrue(hit.getJsonNumber("score").doubleValue() > 0);
    assertEquals(
        List.of("parser <mark>refactored</mark>"), strings(hit.getJsonArray("highlights")));
  }

  @Test
  void aHitMatchedOnlyByItsSessionNameShowsALeadingSnippet() {
    JsonArray hits = search("q=flaky&role=tool").getJsonArray("hits");
    assertEquals(1, hits.size());
    assertEquals(
        List.of("npm run suite passed"), strings(hits.getJsonObject(0).getJsonArray("highlights")));
  }

  @Test
  void phrasesMatchWordsInOrder() {
    assertEquals(Set.of(login + "#1"), found("q=" + enc("\"test fails\"")));
    assertEquals(Set.of(), found("q=" + enc("\"fails test\"")));
    assertEquals(
        Set.of(login + "#1", login + "#2", login + "#3"),
        found("q=" + enc("\"login test\"")),
        "the session name says login test: all its messages match");
  }

  @Test
  void allWordsMustMatchExceptWithOr() {
    assertEquals(Set.of(login + "#1"), found("q=" + enc("login fails")));
    assertEquals(Set.of(login + "#1", login + "#3"), found("q=" + enc("fails OR passed")));
    assertEquals(Set.of(), found("q=" + enc("fails passed")));
  }

  @Test
  void excludedTermsRemoveEveryDocumentThatHasThem() {
    assertEquals(Set.of(parser + "#1"), found("q=" + enc("login -flaky")), "name says flaky");
    assertEquals(
        Set.of(login + "#1", login + "#2", login + "#3"), found("q=" + enc("login -once")));
    assertEquals(Set.of(parser + "#2"), found("q=" + enc("-login")));
  }

  @Test
  void prefixesAndFieldTermsOfTheQueryLanguage() {
    assertEquals(
        Set.of(parser + "#1", parser + "#2"), found("q=" + enc("refact*")), "name says Refactor");
    assertEquals(
        Set.of(parser + "#2"), found("q=" + enc("refactored*")), "words as written, not stems");
    assertEquals(Set.of(login + "#3"), found("q=" + enc("tool:bash")));
    assertEquals(Set.of(login + "#2", parser + "#2"), found("q=" + enc("role:assistant")));
    assertEquals(3, search("q=" + enc("tag:security")).getInt("total"));
    assertEquals(3, search("q=" + enc("model:claude-*")).getInt("total"));
    assertEquals(2, search("q=" + enc("model:GPT-5")).getInt("total"));
    assertEquals(2, search("q=" + enc("status:completed")).getInt("total"));
    assertEquals(2, search("q=" + enc("status:COMPLETED")).getInt("total"));
    assertEquals(Set.of(parser + "#1"), found("q=" + enc("login status:completed")));
    assertEquals(
        Set.of(login + "#1", login + "#2", login + "#3"),
        found("q=" + enc("login -status:completed")));
    assertEquals(0, search("q=" + enc("status:idle OR status:failed")).getInt("total"));
    assertEquals(Set.of(parser + "#1"), found("q=" + enc("agent:codex login")));
  }

  @Test
  void everyFilterNarrowsTheHits() {
    assertEquals(5, search("").getInt("total"));
    assertEquals(2, search("agent=codex").getInt("total"));
    assertEquals(3, search("agent=claude_code").getInt("total"));
    assertEquals(2, search("model=gpt-5").getInt("total"));
    assertEquals(3, search("model=claude-*").getInt("total"));
    assertEquals(2, search("status=completed").getInt("total"));
    assertEquals(0, search("status=idle").getInt("total"));
    assertEquals(3, search("projectId=" + projectId).getInt("total"));
    assertEquals(3, search("tag=security").getInt("total"));
    assertEquals(2, search("role=assistant").getInt("total"));
    assertEquals(1, search("role=tool").getInt("total"));
    assertEquals(
        Set.of(login + "#2", login + "#3"),
        found("from=2026-01-11T00:00:00Z&to=2026-02-01T09:00:00Z"),
        "from inclusive, to exclusive");
    Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
    assertEquals(5, search("createdFrom=" + hourAgo).getInt("total"));
    assertEquals(0, search("createdTo=" + hourAgo).getInt("total"));
    assertEquals(3, search("minCost=3").getInt("total"), "the login session cost 3");
    assertEquals(2, search("maxCost=0.2").getInt("total"));
    assertEquals(0, search("minCost=0.3&maxCost=2.9").getInt("total"));
    assertEquals(
        Set.of(login + "#2"), found("q=login&role=assistant&agent=claude_code&tag=security"));
  }

  @Test
  void sortsAndPages() {
    assertEquals(
        List.of(parser + "#2", parser + "#1", login + "#3", login + "#2", login + "#1"),
        ordered("sort=newest"));
    assertEquals(
        List.of(login + "#1", login + "#2", login + "#3", parser + "#1", parser + "#2"),
        ordered("sort=oldest"));
    JsonObject page = search("sort=oldest&size=2&page=3");
    assertEquals(5, page.getInt("total"), "the total is exact on every page");
    assertEquals(3, page.getInt("totalPages"));
    assertEquals(List.of(parser + "#2"), keys(page.getJsonArray("hits")));
  }

  @Test
  void theTotalStaysExactPastTheMatchesThatAreAllScored() {
    // past 10,000 matches the top hits are ranked with skipping and the total counted apart
    String id = taggedSession("aider");
    String word = letters(UUID.randomUUID());
    for (int batch = 0; batch < 11; batch++) {
      JsonArrayBuilder messages = Json.createArrayBuilder();
      for (int i = 0; i < 1000; i++) {
        String content = (i % 3 == 0 ? "omega " : "") + word + " " + batch + "-" + i;
        messages.add(Json.createObjectBuilder().add("role", "user").add("content", content));
      }
      Api.post("/sessions/" + id + "/messages", messages.build().toString()).expect(201);
    }
    JsonObject all = search("q=" + word + "&size=20");
    assertEquals(11_000, all.getInt("total"));
    assertEquals(20, all.getJsonArray("hits").size());
    assertEquals(550, all.getInt("totalPages"));
    assertEquals(3_674, search("q=" + enc(word + " omega")).getInt("total"));
    assertEquals(7_326, search("q=" + enc(word + " -omega")).getInt("total"));
    assertEquals(11_000, search("q=" + enc(word + "*")).getInt("total"));
    assertEquals(11_000, search("q=" + word + "&facets=role").getInt("total"));
  }

  private static String letters(UUID uuid) {
    StringBuilder letters = new StringBuilder();
    for (char c : uuid.toString().replace("-", "").substring(0, 12).toCharArray()) {
      letters.append((char) ('a' + Character.digit(c, 16)));
    }
    return letters.toString();
  }

  @Test
  void facetsCountTheCurrentHits() {
    JsonObject facets = search("facets=all").getJsonObject("facets");
    assertEquals(Map.of("claude_code", 3L, "codex", 2L), counts(facets, "agent"));
    assertEquals(Map.of("claude-sonnet-4", 3L, "gpt-5", 2L), counts(facets, "model"));
    assertEquals(Map.of("active", 3L, "completed", 2L), counts(facets, "status"));
    assertEquals(Map.of("user", 2L, "assistant", 2L, "tool", 1L), counts(facets, "role"));
    assertEquals(Map.of(tag, 5L, "security", 3L), counts(facets, "tag"));
    assertEquals(Map.of(projectId, 3L), counts(facets, "project"));
    assertEquals(
        List.of("2026-01-10", "2026-01-11", "2026-02-01", "2026-02-02"),
        facets.getJsonArray("day").stream().map(v -> v.asJsonObject().getString("value")).toList(),
        "a date histogram, in date order");
    assertEquals(
        Map.of("2026-01-10", 1L, "2026-01-11", 2L, "2026-02-01", 1L, "2026-02-02", 1L),
        counts(facets, "day"));

    JsonObject narrowed = search("q=login&facets=role,agent").getJsonObject("facets");
    assertEquals(Set.of("role", "agent"), narrowed.keySet(), "only the facets asked for");
    assertEquals(Map.of("user", 2L, "assistant", 1L, "tool", 1L), counts(narrowed, "role"));
    assertEquals(Map.of("claude_code", 3L, "codex", 1L), counts(narrowed, "agent"));
    assertTrue(search("q=login").getJsonObject("facets").isEmpty(), "no facets unless asked");
  }

  @Test
  void groupBySessionRanksSessionsByTheirBestHits() {
    JsonObject result = search("q=login&groupBy=session");
    assertEquals(2, result.getInt("total"));
    assertEquals(4, result.getInt("totalHits"));
    JsonArray sessions = result.getJsonArray("sessions");
    assertTrue(score(sessions, 0) >= score(sessions, 1), "best session first: " + sessions);
    Map<String, JsonObject> byId =
        sessions.stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(s -> s.getString("sessionId"), s -> s));
    JsonObject loginSession = byId.get(login);
    assertEquals("Fix flaky login test", loginSession.getString("sessionName"));
    assertEquals(3, loginSession.getInt("matchCount"));
    JsonArray top = loginSession.getJsonArray("hits");
    assertEquals(3, top.size(), "the top 3 hits");
    assertTrue(score(top, 0) >= score(top, 1) && score(top, 1) >= score(top, 2), "best first");
    assertEquals(score(top, 0), loginSession.getJsonNumber("score").doubleValue(), 1e-6);
    assertTrue(top.getJsonObject(0).getJsonArray("highlights").getString(0).contains("<mark>"));
    assertEquals(1, byId.get(parser).getInt("matchCount"));
    assertEquals(1, byId.get(parser).getJsonArray("hits").size());

    JsonObject flaky = search("q=flaky&groupBy=session");
    assertEquals(1, flaky.getInt("total"), "only one session mentions flaky");
    assertEquals(3, flaky.getJsonArray("sessions").getJsonObject(0).getInt("matchCount"));
    JsonObject secondPage = search("q=login&groupBy=session&size=1&page=2");
    assertEquals(1, secondPage.getJsonArray("sessions").size());
    assertEquals(2, secondPage.getInt("totalPages"));
  }

  @Test
  void highlightsAreHtmlSafe() {
    String id =
        createSession(
                session("aider")
                    .add("name", "nameonlyword")
                    .add("tags", Json.createArrayBuilder().add(tag)))
            .getString("id");
    append(
        id,
        Json.createObjectBuilder()
            .add("role", "assistant")
            .add(
                "content",
                "Use <script>alert('xss')</script> & <b>bold</b> markupcheck \"quoted\""));
    String fragment = firstHighlight("q=markupcheck");
    assertTrue(fragment.contains("&lt;script&gt;"), fragment);
    assertTrue(fragment.contains("&amp;"), fragment);
    assertTrue(fragment.contains("<mark>markupcheck</mark>"), fragment);
    assertOnlyMarkIsMarkup(fragment);

    // a hit matched by its session name shows the start of its text, escaped the same way
    String snippet = firstHighlight("q=nameonlyword");
    assertTrue(snippet.startsWith("Use &lt;script&gt;"), snippet);
    assertOnlyMarkIsMarkup(snippet);
  }

  private String firstHighlight(String parameters) {
    return search(parameters)
        .getJsonArray("hits")
        .getJsonObject(0)
        .getJsonArray("highlights")
        .getString(0);
  }

  private static void assertOnlyMarkIsMarkup(String fragment) {
    String withoutMarks = fragment.replace("<mark>", "").replace("</mark>", "");
    assertFalse(withoutMarks.contains("<"), "only <mark> is markup: " + fragment);
    assertFalse(withoutMarks.contains(">"), "only <mark> is markup: " + fragment);
    assertFalse(withoutMarks.contains("\""), "quotes are escaped: " + fragment);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "user", "get user by id", "getUserById", "getuserbyid", "GetUserById", "case",
        "snake_case_name", "Foo", "Foo.java", "main/java", "src/main/java/Foo.java", "failing"
      })
  void codeAwareMatching(String query) {
    String id = taggedSession("cline");
    append(
        id,
        Json.createObjectBuilder()
            .add("role", "assistant")
            .add(
                "content",
                "The build failed: getUserById reads snake_case_name in src/main/java/Foo.java"));
    assertEquals(Set.of(id + "#1"), found("agent=cline&q=" + enc(query)), query);
  }

  @Test
  void aWordLongerThanLuceneAllowsIsCutNotLost() {
    // Lucene refuses a term over 32 KB: one such word used to cost the whole document
    String id = taggedSession("cline");
    append(
        id,
        Json.createObjectBuilder()
            .add("role", "tool")
            .add("content", "base64 " + "QUJD".repeat(20_000) + " needle"));
    assertEquals(Set.of(id + "#1"), found("agent=cline&q=needle"));
    assertEquals(Set.of(id + "#1"), found("agent=cline&q=" + enc("QUJDQUJD*")));
  }

  @Test
  void proseIsStemmedButIdentifiersAreNot() {
    String id = taggedSession("cline");
    append(
        id,
        Json.createObjectBuilder()
            .add("role", "user")
            .add("content", "tests keep failing in connectionPooling"));
    assertEquals(Set.of(id + "#1"), found("agent=cline&q=failed"), "failing, failed: one stem");
    assertEquals(Set.of(id + "#1"), found("agent=cline&q=test"));
    assertEquals(Set.of(id + "#1"), found("agent=cline&q=pooling"));
    assertEquals(Set.of(id + "#1"), found("agent=cline&q=connectionPooling"));
    assertEquals(
        Set.of(), found("agent=cline&q=connectionPool"), "an identifier is not cut to a stem");
  }

  @Test
  void toolCallsTodosAndInteractionsAreSearchedToo() {
    String id = taggedSession("claude_code");
    append(
        id,
        Json.createObjectBuilder()
            .add("role", "assistant")
            .add(
                "blocks",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("type", "text").add("text", "Running it"))
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "tool_use")
                            .add("id", "t1")
                            .add("name", "Grep")
                            .add(
                                "input",
                                Json.createObjectBuilder().add("pattern", "quuxHandler")))));
    Api.put(
            "/sessions/" + id + "/todos",
            "[{\"content\":\"Document the zorblat flag\",\"status\":\"pending\"}]")
        .expect(200);
    Api.post(
            "/sessions/" + id + "/interactions",
            "{\"command\":\"make frobnicate\",\"result\":\"frobnicate: done\",\"exitCode\":0}")
        .expect(201);

    JsonObject tool = search("q=quux").getJsonArray("hits").getJsonObject(0);
    assertEquals("message", tool.getString("kind"));
    assertTrue(tool.getJsonArray("highlights").toString().contains("<mark>quux"), tool.toString());
    JsonObject todo = search("q=zorblat").getJsonArray("hits").getJsonObject(0);
    assertEquals("todo", todo.getString("kind"));
    assertEquals(id, todo.getString("sessionId"));
    JsonObject interaction = search("q=frobnicate").getJsonArray("hits").getJsonObject(0);
    assertEquals("interaction", interaction.getString("kind"));
    assertEquals(1, search("q=frobnicate").getInt("total"), "command and result are one hit");
  }

  @Test
  void aWriteIsSearchableAsSoonAsItIsAcknowledged() {
    String id = taggedSession("aider");
    for (int i = 0; i < 20; i++) {
      String word = "instant" + Fixtures.uniqueTag().replace("-", "");
      append(id, Json.createObjectBuilder().add("role", "user").add("content", "note " + word));
      assertEquals(1, search("q=" + word).getInt("total"), "searchable right after the 201");
    }
  }

  @Test
  void editedSessionFieldsReachTheirMessagesInTheBackground() throws InterruptedException {
    String renamed = Fixtures.uniqueTag();
    Api.patch(
            "/sessions/" + login,
            "{\"name\":\"Renamed wibblewobble\",\"tags\":[\"" + tag + "\",\"" + renamed + "\"]}")
        .expect(200);
    awaitTotal("tag=" + renamed, 3);
    awaitTotal("q=wibblewobble", 3);
    assertEquals(0, search("tag=security").getInt("total"), "the old tag is gone from the hits");
    assertEquals(
        "Renamed wibblewobble",
        search("tag=" + renamed).getJsonArray("hits").getJsonObject(0).getString("sessionName"));

    Api.post("/sessions/" + login + "/status", "{\"status\":\"failed\",\"error\":\"gave up\"}")
        .expect(200);
    awaitTotal("status=failed", 3);

    Api.delete("/projects/" + projectId).expect(204);
    awaitTotal("projectId=" + projectId, 0);
  }

  /**
   * A session pauses and resumes with every turn of its assistant. Its messages do not carry its
   * status, so a change is one document to index however long the session is (copied into 6,000
   * messages, each change meant re-indexing all of them).
   */
  @Test
  void aStatusChangeReachesTheHitsOfALongSessionAtOnce() throws InterruptedException {
    String id = taggedSession("cline");
    for (int batch = 0; batch < 6; batch++) {
      JsonArrayBuilder messages = Json.createArrayBuilder();
      for (int i = 0; i < 1000; i++) {
        messages.add(
            Json.createObjectBuilder().add("role", "user").add("content", "turn quokka " + i));
      }
      Api.post("/sessions/" + id + "/messages", messages.build().toString()).expect(201);
    }
    awaitTotal("q=quokka&status=active", 6000);
    for (String status : List.of("idle", "active", "idle")) {
      Api.post("/sessions/" + id + "/status", "{\"status\":\"" + status + "\"}").expect(200);
    }
    JsonObject index =
        Api.get("/admin/index", "Authorization", Credentials.operator()).expect(200).json();
    assertTrue(
        index.getJsonNumber("pendingChanges").longValue() < 100,
        "three changes are three documents to index, not the session's messages: " + index);
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    JsonObject found;
    while ((found = search("q=quokka&status=idle")).getInt("total") != 6000
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertEquals(6000, found.getInt("total"), "all of the session's hits, within 2 s");
    assertEquals("idle", found.getJsonArray("hits").getJsonObject(0).getString("status"));
    assertEquals(6000, search("q=" + enc("quokka status:idle")).getInt("total"));
    assertEquals(0, search("q=quokka&status=active").getInt("total"));
    assertEquals(
        Map.of("idle", 6000L),
        counts(search("q=quokka&facets=status").getJsonObject("facets"), "status"));
  }

  @Test
  void deletingASessionRemovesItsDocuments() {
    Api.put("/sessions/" + login + "/todos", "[{\"content\":\"zapped\",\"status\":\"pending\"}]")
        .expect(200);
    Api.post("/sessions/" + login + "/interactions", "{\"command\":\"zapped\"}").expect(201);
    assertEquals(5, search("agent=claude_code").getInt("total"), "3 messages, a todo, a command");
    Api.delete("/sessions/" + login).expect(204);
    assertEquals(0, search("agent=claude_code").getInt("total"));
    assertEquals(0, search("q=zapped").getInt("total"));
    assertEquals(2, search("").getInt("total"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"unbalanced", "login -", "- login", "foo:bar", "role:robot", "status:sleeping", "(login",
        "login)", "OR login", "login OR", "*", "tag:", "\"\"", "login --flaky"
      })
  void aMalformedQueryAnswers400SayingWhereAndWhat(String query) {
    JsonObject problem = Api.get("/search?q=" + enc(query)).problem(400);
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertEquals("q", error.getString("field"));
    String message = error.getString("message");
    assertTrue(message.contains("position"), message);
  }

  @Test
  void badParametersAnswer400NamingTheParameter() {
    assertEquals("facets", firstError("q=x&facets=colour"));
    assertEquals("sort", firstError("q=x&sort=best"));
    assertEquals("size", firstError("q=x&size=101"));
    assertEquals("page", firstError("q=x&page=0"));
    assertEquals("page", firstError("q=x&page=200&size=100"));
    assertEquals("role", firstError("role=robot"));
    assertEquals("status", firstError("status=sleeping"));
    assertEquals("from", firstError("from=yesterday"));
    assertEquals("minCost", firstError("minCost=cheap"));
    assertEquals("projectId", firstError("projectId=42"));
    assertEquals("groupBy", firstError("groupBy=agent"));
    assertEquals("facets", firstError("groupBy=session&facets=all"));
    assertEquals("qq", firstError("qq=login"));
    assertTrue(
        Api.get("/search?q=" + enc("x".repeat(1001)))
            .problem(400)
            .getString("detail")
            .contains("1000"));
  }

  @Test
  void aRebuildOnDemandReportsProgressAndKeepsEverything() throws InterruptedException {
    Reply started = Api.post("/admin/reindex", "", "Authorization", Credentials.operator());
    assertEquals(202, started.status());
    JsonObject progress = started.json();
    assertTrue(
        Set.of("running", "completed").contains(progress.getString("state")), progress.toString());
    assertEquals("requested through the API", progress.getString("reason"));
    // While it runs search answers 503 and the health check says why. A node with its own index
    // is not ready meanwhile (the load balancer sends traffic to others); with a search cluster no
    // node could search, so every node stays ready for everything else.
    Reply ready = Api.get(Api.ROOT + "/health/ready", "Authorization", Credentials.NONE);
    boolean stillRunning =
        Api.get("/admin/reindex", "Authorization", Credentials.operator())
            .json()
            .getString("state")
            .equals("running");
    if (stillRunning) {
      assertEquals(Api.SHARED_INDEX ? 200 : 503, ready.status(), ready.toString());
      assertTrue(ready.body().contains("the search index is being rebuilt"), ready.toString());
    }
    JsonObject done = awaitRebuild();
    assertEquals("completed", done.getString("state"));
    assertEquals(done.getJsonNumber("total").longValue(), done.getJsonNumber("done").longValue());
    assertTrue(done.getJsonNumber("total").longValue() >= 5);
    assertEquals(100, done.getInt("percent"));
    assertEquals(5, search("").getInt("total"), "every document is back");
    assertEquals(4, search("q=login").getInt("total"));
    Api.get(Api.ROOT + "/health/ready", "Authorization", Credentials.NONE).expect(200);
  }

  // ---------------------------------------------------------------------------------------------

  /** Searches within this test's tag; waits out a rebuild another test may have started. */
  private JsonObject search(String parameters) {
    String path = "/search?tag=" + tag + (parameters.isEmpty() ? "" : "&" + parameters);
    for (int attempt = 0; ; attempt++) {
      Reply reply = Api.get(path);
      if (reply.status() == 503 && attempt < 120) {
        assertTrue(reply.header("Retry-After") != null, "a 503 says when to retry");
        reply.problem(503);
        sleep(500);
        continue;
      }
      return reply.expect(200).json();
    }
  }

  /** A new session in this test's tag, by its id. */
  private String taggedSession(String agent) {
    return createSession(session(agent).add("tags", Json.createArrayBuilder().add(tag)))
        .getString("id");
  }

  private String firstError(String parameters) {
    return Api.get("/search?" + parameters)
        .problem(400)
        .getJsonArray("errors")
        .getJsonObject(0)
        .getString("field");
  }

  private void awaitTotal(String parameters, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    int total;
    while ((total = search(parameters).getInt("total")) != expected
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertEquals(expected, total, parameters);
  }

  private static JsonObject awaitRebuild() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    JsonObject progress;
    while ((progress =
                Api.get("/admin/reindex", "Authorization", Credentials.operator())
                    .expect(200)
                    .json())
            .getString("state")
            .equals("running")
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    return progress;
  }

  /** Hits as sessionId#seq. */
  private Set<String> found(String parameters) {
    JsonObject result = search(parameters + "&size=100");
    assertEquals(result.getInt("total"), result.getJsonArray("hits").size());
    return Set.copyOf(keys(result.getJsonArray("hits")));
  }

  private List<String> ordered(String parameters) {
    return keys(search(parameters).getJsonArray("hits"));
  }

  private static List<String> keys(JsonArray hits) {
    return hits.stream()
        .map(JsonValue::asJsonObject)
        .map(
            hit -> hit.getString("sessionId") + "#" + (hit.isNull("seq") ? "-" : hit.getInt("seq")))
        .toList();
  }

  private static Map<String, Long> counts(JsonObject facets, String facet) {
    Map<String, Long> counts = new TreeMap<>();
    facets
        .getJsonArray(facet)
        .forEach(
            v ->
                counts.put(
                    v.asJsonObject().getString("value"),
                    v.asJsonObject().getJsonNumber("count").longValue()));
    return counts;
  }

  private static double score(JsonArray hits, int i) {
    return hits.getJsonObject(i).getJsonNumber("score").doubleValue();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static JsonObjectBuilder message(
      String role, String content, String timestamp, String cost) {
    return Json.createObjectBuilder()
        .add("role", role)
        .add("content", content)
        .add("timestamp", timestamp)
        .add("costUsd", new java.math.BigDecimal(cost));
  }

  private static void append(String sessionId, JsonObjectBuilder... messages) {
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (JsonObjectBuilder message : messages) {
      batch.add(message);
    }
    Api.post("/sessions/" + sessionId + "/messages", batch.build().toString()).expect(201);
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

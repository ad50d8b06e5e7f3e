package dev.sessionvault.it;

import static dev.sessionvault.it.support.Fixtures.createSession;
import static dev.sessionvault.it.support.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Listing sessions: every filter, every sort order, pagination. Each test builds its own five
 * sessions under a unique tag and lists within that tag, so other tests' sessions never interfere.
 */
class SessionListIT extends EndToEndTest {
  private String tag;
  private String projectId;

  /** The five sessions by their role in the fixture, as the API returns them after setup. */
  private final Map<String, JsonObject> byName = new java.util.HashMap<>();

  @BeforeEach
  void createFiveSessions() {
    tag = Fixtures.uniqueTag();
    projectId =
        Api.post("/projects", "{\"key\":\"" + tag + "\",\"name\":\"List fixture\"}")
            .expect(201)
            .json()
            .getString("id");
    String delta = create("delta", "claude_code", "model-a", null, "x");
    String alpha = create("alpha", "codex", "model-b", null, "y");
    String charlie = create("charlie", "claude_code", "model-b", projectId, "x", "y");
    String bravo = create("bravo", "aider", "model-a", projectId);
    String noName = create(null, "codex", null, null);

    messages(delta, "0.5", "0.25", "0.75"); // cost 1.5, 3 messages
    messages(alpha, "0.5"); // cost 0.5
    messages(bravo, "2", "0.5"); // cost 2.5
    status(alpha, "idle");
    status(noName, "failed");
    Api.patch("/sessions/" + delta, "{\"summary\":\"edited last\"}").expect(200);

    for (String id : List.of(delta, alpha, charlie, bravo, noName)) {
      JsonObject session = Api.get("/sessions/" + id).expect(200).json();
      byName.put(session.isNull("name") ? "none" : session.getString("name"), session);
    }
  }

  @Test
  void filtersNarrowTheListing() {
    assertEquals(Set.of("delta", "alpha", "charlie", "bravo", "none"), names(list("")));
    assertEquals(Set.of("delta", "bravo"), names(list("&status=active")));
    assertEquals(Set.of("alpha"), names(list("&status=idle")));
    assertEquals(Set.of("charlie"), names(list("&status=initializing")));
    assertEquals(Set.of("none"), names(list("&status=failed")));
    assertEquals(Set.of("delta", "charlie"), names(list("&agent=claude_code")));
    assertEquals(Set.of("alpha", "charlie"), names(list("&model=model-b")));
    assertEquals(Set.of("charlie", "bravo"), names(list("&projectId=" + projectId)));
    assertEquals(Set.of("delta", "charlie"), names(list("&tag=x")));
    assertEquals(Set.of("charlie"), names(list("&tag=x&tag=y")), "all tags must match");
    assertEquals(Set.of(), names(list("&tag=x&tag=nobody-has-this")));
    assertEquals(Set.of("delta", "bravo"), names(list("&minCost=1.5")), "minCost is inclusive");
    assertEquals(
        Set.of("alpha", "charlie", "none", "delta"), names(list("&maxCost=1.5")), "maxCost too");
    assertEquals(Set.of("delta"), names(list("&minCost=0.6&maxCost=2")));
    assertEquals(Set.of("bravo"), names(list("&agent=aider&model=model-a&status=active")));
  }

  @Test
  void timeRangesIncludeTheirStartAndExcludeTheirEnd() {
    String createdAlpha = byName.get("alpha").getString("createdAt");
    String createdBravo = byName.get("bravo").getString("createdAt");
    assertEquals(
        Set.of("alpha", "charlie"),
        names(list("&createdFrom=" + enc(createdAlpha) + "&createdTo=" + enc(createdBravo))));
    assertEquals(Set.of("delta"), names(list("&createdTo=" + enc(createdAlpha))));

    String editedLast = byName.get("delta").getString("updatedAt");
    assertEquals(Set.of("delta"), names(list("&updatedFrom=" + enc(editedLast))));
    assertEquals(4, names(list("&updatedTo=" + enc(editedLast))).size());
    // Offsets other than Z are accepted.
    assertEquals(5, names(list("&createdFrom=2000-01-01T01:00:00%2B01:00")).size());
  }

  @ParameterizedTest(name = "sort={0} order={1}")
  @CsvSource({
    "createdAt, asc", "createdAt, desc", "updatedAt, asc", "updatedAt, desc",
    "lastActivityAt, asc", "lastActivityAt, desc", "totalCostUsd, asc", "totalCostUsd, desc",
    "messageCount, asc", "messageCount, desc", "name, asc", "name, desc"
  })
  void everySortOrdersTheWholeListingAndPagesIt(String field, String order) {
    List<String> expected = expectedOrder(field, order.equals("asc"));
    List<String> actual = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      JsonObject reply =
          Api.get(listPath("&sort=" + field + "&order=" + order + "&size=2&page=" + page))
              .expect(200)
              .json();
      assertEquals(5, reply.getInt("total"));
      assertEquals(3, reply.getInt("totalPages"));
      assertEquals(page, reply.getInt("page"));
      assertEquals(2, reply.getInt("size"));
      reply.getJsonArray("items").forEach(s -> actual.add(s.asJsonObject().getString("id")));
    }
    assertEquals(expected, actual);
    assertEquals(
        0, Api.get(listPath("&size=2&page=4")).json().getJsonArray("items").size(), "past the end");
  }

  @Test
  void theDefaultOrderIsNewestFirstAndKnownOrdersHold() {
    assertEquals(expectedOrder("createdAt", false), ids(list("")));
    assertEquals(
        costOrder(), ids(list("&sort=totalCostUsd&order=asc")).stream().map(this::nameOf).toList());
    assertEquals(
        List.of("alpha", "bravo", "charlie", "delta", "none"),
        ids(list("&sort=name&order=asc")).stream().map(this::nameOf).toList(),
        "names sort alphabetically, sessions without a name last");
  }

  @Test
  void eachItemCarriesAPreviewOfTheFirstUserMessage() {
    String id =
        createSession(session("claude_code").add("tags", Json.createArrayBuilder().add(tag)))
            .getString("id");
    String longText = "x".repeat(150) + "    with   spaces   " + "y".repeat(100);
    Api.post(
            "/sessions/" + id + "/messages",
            "[{\"role\":\"system\",\"content\":\"You are helpful\"},{\"role\":\"user\",\"content\":\""
                + longText
                + "\"},{\"role\":\"user\",\"content\":\"second\"}]")
        .expect(201);
    JsonObject item =
        list("&sort=createdAt&order=desc&size=1").getJsonArray("items").getJsonObject(0);
    assertEquals(id, item.getString("id"));
    String preview = item.getString("preview");
    assertEquals(200, preview.length());
    assertTrue(preview.startsWith("x".repeat(150) + " with spaces "), preview);
    assertTrue(byName.get("charlie").isNull("preview"), "no user message, no preview");
  }

  private List<String> costOrder() {
    // cost 0 (charlie, none; tie broken by id), 0.5 alpha, 1.5 delta, 2.5 bravo
    List<String> zero = new ArrayList<>(List.of("charlie", "none"));
    zero.sort(Comparator.comparing(name -> byName.get(name).getString("id")));
    zero.addAll(List.of("alpha", "delta", "bravo"));
    return zero;
  }

  /** The order the API must return, computed here from the sessions' own field values. */
  private List<String> expectedOrder(String field, boolean ascending) {
    Comparator<JsonObject> byField =
        switch (field) {
          case "totalCostUsd" ->
              Comparator.comparing((JsonObject s) -> s.getJsonNumber(field).bigDecimalValue());
          case "messageCount" ->
              Comparator.comparing((JsonObject s) -> s.getJsonNumber(field).longValue());
          default -> Comparator.comparing((JsonObject s) -> s.getString(field));
        };
    Comparator<JsonObject> order =
        (ascending ? byField : byField.reversed())
            .thenComparing(
                ascending
                    ? Comparator.comparing((JsonObject s) -> s.getString("id"))
                    : Comparator.comparing((JsonObject s) -> s.getString("id")).reversed());
    List<JsonObject> sessions = new ArrayList<>(byName.values());
    List<JsonObject> nulls = new ArrayList<>();
    if (field.equals("name")) {
      nulls = sessions.stream().filter(s -> s.isNull("name")).collect(Collectors.toList());
      sessions.removeAll(nulls);
    }
    sessions.sort(order);
    sessions.addAll(nulls); // sessions without the value come last in both directions
    return sessions.stream().map(s -> s.getString("id")).toList();
  }

  private String create(
      String name, String agent, String model, String project, String... extraTags) {
    JsonArrayBuilder tags = Json.createArrayBuilder().add(tag);
    for (String extra : extraTags) {
      tags.add(extra);
    }
    JsonObjectBuilder session = session(agent).add("tags", tags);
    if (name != null) {
      session.add("name", name);
    }
    if (model != null) {
      session.add("model", model);
    }
    if (project != null) {
      session.add("projectId", project);
    }
    return createSession(session).getString("id");
  }

  private static void messages(String id, String... costs) {
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (int i = 0; i < costs.length; i++) {
      batch.add(
          Json.createObjectBuilder()
              .add("role", i == 0 ? "user" : "assistant")
              .add("content", "message " + i)
              .add("costUsd", new BigDecimal(costs[i])));
    }
    Api.post("/sessions/" + id + "/messages", batch.build().toString()).expect(201);
  }

  private static void status(String id, String status) {
    Api.post("/sessions/" + id + "/status", "{\"status\":\"" + status + "\"}").expect(200);
  }

  private JsonObject list(String query) {
    return Api.get(listPath(query)).expect(200).json();
  }

  private String listPath(String query) {
    return "/sessions?tag=" + tag + query;
  }

  private String nameOf(String id) {
    return byName.entrySet().stream()
        .filter(e -> e.getValue().getString("id").equals(id))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  private Set<String> names(JsonObject page) {
    Set<String> names = new HashSet<>();
    for (JsonValue item : page.getJsonArray("items")) {
      names.add(nameOf(item.asJsonObject().getString("id")));
    }
    assertEquals(names.size(), page.getInt("total"), "total counts exactly the matches");
    return names;
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(s -> s.asJsonObject().getString("id")).toList();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

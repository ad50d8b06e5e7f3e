package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Fixtures;
import dev.sessionvault.it.support.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two accounts over HTTP, each with its own admin key: one account's sessions, projects and search
 * hits do not exist for the other (404, no hits, no facet counts), and accounts are the operator's
 * to create and delete.
 */
class TenancyIT extends EndToEndTest {
  private String teamId;
  private String teamKey;

  @BeforeEach
  void createSecondAccount() {
    String name = "team-" + UUID.randomUUID().toString().substring(0, 8);
    teamId =
        Api.post(
                "/accounts",
                "{\"name\":\"" + name + "\",\"displayName\":\"Team\"}",
                "Authorization",
                Credentials.operator())
            .expect(201)
            .json()
            .getString("id");
    teamKey = Credentials.createKey(UUID.fromString(teamId), "team admin", "admin");
  }

  @Test
  void anotherAccountsSessionsAndProjectsDoNotExist() {
    String mine = Fixtures.createSession().getString("id");
    String theirs =
        Api.post("/sessions", "{\"agent\":\"aider\"}", auth()).expect(201).json().getString("id");
    String theirProject =
        Api.post("/projects", "{\"key\":\"api\",\"name\":\"API\"}", auth())
            .expect(201)
            .json()
            .getString("id");

    Api.get("/sessions/" + theirs).expect(404);
    Api.get("/sessions/" + theirs + "/state").expect(404);
    Api.get("/sessions/" + theirs + "/messages").expect(404);
    Api.patch("/sessions/" + theirs, "{\"name\":\"x\"}").expect(404);
    Api.delete("/sessions/" + theirs).expect(404);
    Api.post("/sessions/" + theirs + "/messages", Fixtures.message("user", "hi").toString())
        .expect(404);
    Api.get("/projects/" + theirProject).expect(404);
    Api.delete("/projects/" + theirProject).expect(404);
    Reply foreignProject =
        Api.patch("/sessions/" + mine, "{\"projectId\":\"" + theirProject + "\"}").expect(400);
    assertTrue(foreignProject.body().contains("projectId"), foreignProject::toString);

    Api.get("/sessions/" + mine, auth()).expect(404);
    assertEquals(
        "aider",
        Api.get("/sessions/" + theirs, auth()).expect(200).json().getString("agent"),
        "untouched by the refused requests");
  }

  @Test
  void searchNeverShowsAnotherAccountsContent() {
    String word = "isolated" + UUID.randomUUID().toString().replace("-", "");
    String mine = Fixtures.createSession(Fixtures.session("codex")).getString("id");
    Fixtures.appendMessage(mine, Fixtures.message("user", "searching for " + word));
    String theirs =
        Api.post("/sessions", "{\"agent\":\"aider\"}", auth()).expect(201).json().getString("id");
    Api.post(
            "/sessions/" + theirs + "/messages",
            Fixtures.message("user", "searching for " + word).toString(),
            auth())
        .expect(201);

    JsonObject found = Api.get("/search?q=" + word + "&facets=agent,role").expect(200).json();
    assertEquals(1, found.getInt("total"), "identical content in another account is not a hit");
    assertEquals(mine, found.getJsonArray("hits").getJsonObject(0).getString("sessionId"));
    JsonArray agents = found.getJsonObject("facets").getJsonArray("agent");
    assertEquals(1, agents.size(), "nor is it counted in the facets: " + agents);
    assertEquals("codex", agents.getJsonObject(0).getString("value"));
    assertEquals(1, agents.getJsonObject(0).getInt("count"));
    JsonObject grouped = Api.get("/search?q=" + word + "&groupBy=session").expect(200).json();
    assertEquals(1, grouped.getInt("total"));

    JsonObject theirHits = Api.get("/search?q=" + word, auth()).expect(200).json();
    assertEquals(1, theirHits.getInt("total"));
    assertEquals(theirs, theirHits.getJsonArray("hits").getJsonObject(0).getString("sessionId"));
  }

  @Test
  void anAccountThatStillHasSessionsCannotBeDeleted() {
    String theirs =
        Api.post("/sessions", "{\"agent\":\"aider\"}", auth()).expect(201).json().getString("id");
    Api.delete("/accounts/" + teamId, "Authorization", Credentials.operator()).expect(409);
    Api.get("/accounts/" + teamId, "Authorization", Credentials.operator()).expect(200);

    Api.delete("/sessions/" + theirs, auth()).expect(204);
    Api.delete("/accounts/" + teamId, "Authorization", Credentials.operator()).expect(204);
    Api.get("/accounts/" + teamId, "Authorization", Credentials.operator()).expect(404);
    Api.get("/sessions", auth()).expect(401); // its keys went with it
  }

  @Test
  void accountsAreTheOperatorsToManage() {
    Api.post("/accounts", "{\"name\":\"nope\",\"displayName\":\"No\"}").expect(403);
    Api.get("/accounts/" + teamId).expect(403);
    Api.delete("/accounts/" + teamId, auth()).expect(403);
  }

  @Test
  void anAdminManagesOnlyItsOwnAccountsKeys() {
    Api.get("/accounts/" + teamId + "/api-keys").expect(404);
    Api.post("/accounts/" + teamId + "/api-keys", "{\"name\":\"x\",\"role\":\"admin\"}")
        .expect(404);
    Reply listed = Api.get("/accounts/" + teamId + "/api-keys", auth()).expect(200);
    assertTrue(listed.body().contains("\"team admin\""), listed::toString);
    assertTrue(listed.body().contains(teamKey.substring(0, 12)), "the prefix tells keys apart");
    assertFalse(listed.body().contains(teamKey), "listings never show a key's secret");
  }

  @Test
  void aKeyRestrictedToAProjectCannotTouchOtherProjects() {
    // the team account's admin sets up two projects with a session each, and one without project
    String p1 = project("one");
    String p2 = project("two");
    String word = "reach" + UUID.randomUUID().toString().replace("-", "");
    String inP1 = sessionWithMessage(p1, word);
    String inP2 = sessionWithMessage(p2, word);
    String loose = sessionWithMessage(null, word);
    String restricted =
        "Bearer "
            + Api.post(
                    "/accounts/" + teamId + "/api-keys",
                    "{\"name\":\"ci\",\"role\":\"member\",\"projectId\":\"" + p1 + "\"}",
                    auth())
                .expect(201)
                .json()
                .getString("key");
    String[] as = {"Authorization", restricted};

    Api.get("/sessions/" + inP1, as).expect(200);
    Api.get("/sessions/" + inP2, as).problem(404);
    Api.get("/sessions/" + loose, as).problem(404);
    Api.get("/sessions/" + inP2 + "/messages", as).problem(404);
    Api.post("/sessions/" + inP2 + "/messages", Fixtures.message("user", "x").toString(), as)
        .problem(404);
    Api.delete("/sessions/" + inP2, as).problem(404);

    JsonArray listed = Api.get("/sessions?size=200", as).expect(200).items();
    assertEquals(1, listed.size(), listed.toString());
    assertEquals(inP1, listed.getJsonObject(0).getString("id"));
    Api.get("/sessions?projectId=" + p2, as).problem(403);

    JsonObject hits = Api.get("/search?q=" + word + "&facets=project", as).expect(200).json();
    assertEquals(1, hits.getInt("total"), hits.toString());
    assertEquals(inP1, hits.getJsonArray("hits").getJsonObject(0).getString("sessionId"));
    Api.get("/search?q=" + word + "&projectId=" + p2, as).problem(403);

    JsonObject created = Api.post("/sessions", "{\"agent\":\"aider\"}", as).expect(201).json();
    assertEquals(p1, created.getString("projectId"), "a new session lands in the key's project");
    Api.post("/sessions", "{\"agent\":\"aider\",\"projectId\":\"" + p2 + "\"}", as).problem(403);
    Api.patch("/sessions/" + inP1, "{\"projectId\":\"" + p2 + "\"}", as).problem(403);
    Api.patch("/sessions/" + inP1, "{\"projectId\":null}", as).problem(403);
    assertEquals(
        p1, Api.get("/sessions/" + inP1, auth()).expect(200).json().getString("projectId"));

    JsonArray projects = Api.get("/projects", as).expect(200).items();
    assertEquals(1, projects.size(), projects.toString());
    assertEquals(p1, projects.getJsonObject(0).getString("id"));
    Api.get("/projects/" + p2, as).problem(404);

    String restrictedAdmin =
        "Bearer "
            + Api.post(
                    "/accounts/" + teamId + "/api-keys",
                    "{\"name\":\"ci admin\",\"role\":\"admin\",\"projectId\":\"" + p1 + "\"}",
                    auth())
                .expect(201)
                .json()
                .getString("key");
    Api.get("/accounts/" + teamId + "/api-keys", "Authorization", restrictedAdmin).problem(403);
    Api.post("/projects", "{\"key\":\"three\",\"name\":\"3\"}", "Authorization", restrictedAdmin)
        .problem(403);
    Api.get("/audit", "Authorization", restrictedAdmin).problem(403);
  }

  @Test
  void aKeyRestrictedToAProjectLinksNoSubAgentToASessionOutsideIt() throws Exception {
    String p1 = project("agents");
    String id = UUID.randomUUID().toString();
    Api.post("/imports", TranscriptIT.transcript(id, "outside"), auth()).expect(201);
    String restricted =
        "Bearer "
            + Api.post(
                    "/accounts/" + teamId + "/api-keys",
                    "{\"name\":\"hook\",\"role\":\"member\",\"projectId\":\"" + p1 + "\"}",
                    auth())
                .expect(201)
                .json()
                .getString("key");
    String agentFile =
        Files.readString(TranscriptIT.FIXTURE.resolveSibling("agent-b9e2.jsonl"))
            .replace(TranscriptIT.FIXTURE_SESSION, id);
    JsonObject agent =
        Api.post("/imports", agentFile, "Authorization", restricted)
            .expect(201)
            .json()
            .getJsonArray("sessions")
            .getJsonObject(0);
    assertTrue(agent.toString().contains("not in the vault yet"), agent.toString());
    JsonObject stored = Api.get("/sessions/" + agent.getString("id"), auth()).expect(200).json();
    assertTrue(!stored.containsKey("parentId") || stored.isNull("parentId"), stored.toString());
  }

  private String project(String key) {
    return Api.post("/projects", "{\"key\":\"" + key + "\",\"name\":\"" + key + "\"}", auth())
        .expect(201)
        .json()
        .getString("id");
  }

  private String sessionWithMessage(String projectId, String word) {
    String body =
        projectId == null
            ? "{\"agent\":\"aider\"}"
            : "{\"agent\":\"aider\",\"projectId\":\"" + projectId + "\"}";
    String id = Api.post("/sessions", body, auth()).expect(201).json().getString("id");
    Api.post(
            "/sessions/" + id + "/messages",
            Fixtures.message("user", "about " + word).toString(),
            auth())
        .expect(201);
    return id;
  }

  private String[] auth() {
    return new String[] {"Authorization", Credentials.bearer(teamKey)};
  }
}

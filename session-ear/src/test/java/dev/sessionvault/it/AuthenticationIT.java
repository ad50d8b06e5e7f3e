package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Fixtures;
import dev.sessionvault.it.support.Reply;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Nothing but health and the OpenAPI document without credentials; API keys are shown once, work
 * until revoked or expired, and carry a role the services enforce.
 */
class AuthenticationIT extends EndToEndTest {
  private static final String ACCOUNT_KEYS =
      "/accounts/" + Credentials.DEFAULT_ACCOUNT + "/api-keys";

  @Test
  void withoutCredentialsTheApiAnswers401WithAChallenge() {
    for (String path : new String[] {"/sessions", "/search?q=x", "/projects", ACCOUNT_KEYS}) {
      Api.get(path, "Authorization", Credentials.NONE).problem(401);
    }
    Api.post("/sessions", "{\"agent\":\"codex\"}", "Authorization", Credentials.NONE).expect(401);
  }

  @Test
  void healthAndTheOpenApiDocumentNeedNoCredentials() {
    Api.get(Api.ROOT + "/health/ready", "Authorization", Credentials.NONE).expect(200);
    Api.get(Api.ROOT + "/openapi", "Authorization", Credentials.NONE).expect(200);
  }

  @Test
  void wrongCredentialsAnswer401() {
    Api.get("/sessions", "Authorization", "Bearer svk_" + "A".repeat(43)).expect(401);
    Api.get("/sessions", "Authorization", "Bearer not-a-key").problem(401);
    Api.get("/sessions", "Authorization", "Digest abc").expect(401);
    Api.get("/sessions", "Authorization", Credentials.basic("operator", "wrong")).expect(401);
    Api.get("/sessions", "Authorization", Credentials.basic("nobody", "x")).expect(401);
  }

  @Test
  void the401NamesBothWaysToSignIn() {
    for (String authorization : new String[] {Credentials.NONE, "Bearer not-a-key"}) {
      Reply reply = Api.get("/sessions", "Authorization", authorization);
      reply.problem(401);
      String challenge = reply.header("WWW-Authenticate");
      assertTrue(
          challenge != null && challenge.startsWith("Bearer realm=") && challenge.contains("Basic"),
          reply::toString);
    }
  }

  @Test
  void malformedBasicHeadersAnswer401() {
    for (String header :
        new String[] {"Basic %%%", "Basic !!!notbase64", "Basic Zm9v", "Basic ", "Basic"}) {
      Api.get("/sessions", "Authorization", header).problem(401);
    }
  }

  @Test
  void repeatedFailedSignInsAreSlowedDownEvenForTheRightPassword() throws InterruptedException {
    String wrong = Credentials.basic(Credentials.OPERATOR, "not-the-password");
    // a success first clears whatever failures earlier tests left for this client
    Api.get("/accounts/" + Credentials.DEFAULT_ACCOUNT, "Authorization", Credentials.operator())
        .expect(200);
    for (int i = 1; i <= 5; i++) {
      Api.get("/accounts/" + Credentials.DEFAULT_ACCOUNT, "Authorization", wrong).problem(401);
    }
    Reply throttled =
        Api.get(
            "/accounts/" + Credentials.DEFAULT_ACCOUNT, "Authorization", Credentials.operator());
    JsonObject problem = throttled.problem(429);
    long retryAfter = Long.parseLong(throttled.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 2, "the first wait is a second: " + retryAfter);
    assertTrue(problem.getString("detail").contains("try again"), problem.toString());

    Thread.sleep(retryAfter * 1000 + 100);
    Api.get("/accounts/" + Credentials.DEFAULT_ACCOUNT, "Authorization", Credentials.operator())
        .expect(200);
    Api.get("/accounts/" + Credentials.DEFAULT_ACCOUNT, "Authorization", wrong).problem(401);
    Api.get("/accounts/" + Credentials.DEFAULT_ACCOUNT, "Authorization", Credentials.operator())
        .expect(200); // the success cleared the count: one failure is free again
  }

  @Test
  void aKeyIsShownOnceAndListedByItsPrefix() {
    Reply created =
        Api.post(
                ACCOUNT_KEYS,
                "{\"name\":\"ci runner\",\"role\":\"member\"}",
                "Authorization",
                Credentials.operator())
            .expect(201);
    JsonObject body = created.json();
    String key = body.getString("key");
    assertTrue(key.startsWith("svk_"), key);
    JsonObject view = body.getJsonObject("apiKey");
    assertEquals("member", view.getString("role"));
    assertEquals(key.substring(0, 12), view.getString("prefix"));
    assertTrue(view.getBoolean("active"));

    Reply listed = Api.get(ACCOUNT_KEYS).expect(200);
    assertTrue(listed.body().contains(view.getString("id")), listed::toString);
    assertFalse(listed.body().contains(key), "the secret is never shown again");
    Api.get("/sessions", "Authorization", Credentials.bearer(key)).expect(200);
  }

  @Test
  void aRevokedKeyFailsOnTheNextRequest() {
    Reply created =
        Api.post(ACCOUNT_KEYS, "{\"name\":\"to revoke\",\"role\":\"viewer\"}").expect(201);
    String key = created.json().getString("key");
    String id = created.json().getJsonObject("apiKey").getString("id");
    Api.get("/sessions", "Authorization", Credentials.bearer(key)).expect(200);

    Api.delete(ACCOUNT_KEYS + "/" + id).expect(204);
    Api.get("/sessions", "Authorization", Credentials.bearer(key)).expect(401);
    Api.delete(ACCOUNT_KEYS + "/" + id).expect(204); // revoking twice changes nothing
    assertTrue(Api.get(ACCOUNT_KEYS).body().contains("\"revokedAt\":\""), "listed as revoked");
  }

  @Test
  void aKeyOfADeletedProjectFailsOnTheNextRequest() {
    String project =
        Api.post("/projects", "{\"key\":\"" + Fixtures.uniqueTag() + "\",\"name\":\"gone\"}")
            .expect(201)
            .json()
            .getString("id");
    String key =
        Api.post(
                ACCOUNT_KEYS,
                "{\"name\":\"ci\",\"role\":\"member\",\"projectId\":\"" + project + "\"}")
            .expect(201)
            .json()
            .getString("key");
    Api.get("/sessions", "Authorization", Credentials.bearer(key)).expect(200);

    Api.delete("/projects/" + project).expect(204);
    Api.get("/sessions", "Authorization", Credentials.bearer(key)).expect(401);
  }

  @Test
  void anExpiredKeyFails() throws InterruptedException {
    Instant expiry = Instant.now().plusSeconds(2);
    String key =
        Api.post(
                ACCOUNT_KEYS,
                "{\"name\":\"short\",\"role\":\"viewer\",\"expiresAt\":\"" + expiry + "\"}")
            .expect(201)
            .json()
            .getString("key");
    Api.get("/sessions", "Authorization", Credentials.bearer(key)).expect(200);
    Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 500);
    Api.get("/sessions", "Authorization", Credentials.bearer(key)).expect(401);
  }

  @Test
  void anExpiryInThePastOrAnUnknownRoleIsRefused() {
    Api.post(
            ACCOUNT_KEYS,
            "{\"name\":\"old\",\"role\":\"viewer\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}")
        .problem(400);
    Reply role = Api.post(ACCOUNT_KEYS, "{\"name\":\"x\",\"role\":\"root\"}").expect(400);
    assertTrue(role.body().contains("role"), role::toString);
  }

  @Test
  void theRoleDecidesWhatAKeyMayDo() {
    String viewer = Credentials.createKey(Credentials.DEFAULT_ACCOUNT, "viewer", "viewer");
    String auditor = Credentials.createKey(Credentials.DEFAULT_ACCOUNT, "auditor", "auditor");
    String member = Credentials.createKey(Credentials.DEFAULT_ACCOUNT, "member", "member");

    Api.get("/sessions", "Authorization", Credentials.bearer(viewer)).expect(200);
    Api.post("/sessions", "{\"agent\":\"codex\"}", "Authorization", Credentials.bearer(viewer))
        .problem(403);
    Api.get("/sessions", "Authorization", Credentials.bearer(auditor)).expect(403);
    Api.post("/sessions", "{\"agent\":\"codex\"}", "Authorization", Credentials.bearer(member))
        .expect(201);
    Api.post(
            "/projects",
            "{\"key\":\"by-member\",\"name\":\"x\"}",
            "Authorization",
            Credentials.bearer(member))
        .expect(403);
    Api.get(ACCOUNT_KEYS, "Authorization", Credentials.bearer(member)).expect(403);
    Api.post("/admin/reindex", null, "Authorization", Credentials.bearer(member)).expect(403);
  }
}

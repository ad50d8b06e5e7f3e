package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.Credentials.Key;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.LibertyServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An account's people: admins add them with a role and a first password, change their role, remove
 * them; people sign in with their username and password and act with their role. Passwords and keys
 * never show in answers, the audit trail or the server's log.
 */
class MembersIT extends EndToEndTest {
  private static final String PASSWORD = "correct horse battery";

  private UUID account;
  private Key admin;
  private String ann;

  @BeforeEach
  void createAccount() {
    account = Credentials.createAccount("members");
    admin = Credentials.createKeyWithId(account, "members admin", "admin");
    ann = "ann-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private String members() {
    return "/accounts/" + account + "/members";
  }

  private String addBody(String username, String password, String role) {
    return "{\"username\":\""
        + username
        + "\""
        + (password == null ? "" : ",\"password\":\"" + password + "\"")
        + ",\"role\":\""
        + role
        + "\"}";
  }

  private JsonObject add(String username, String role) {
    return Api.post(members(), addBody(username, PASSWORD, role), "Authorization", admin.bearer())
        .expect(201)
        .json();
  }

  private List<JsonObject> list() {
    String body = Api.get(members(), "Authorization", admin.bearer()).expect(200).body();
    return Json.createReader(new StringReader(body)).readArray().getValuesAs(JsonObject.class);
  }

  private static String person(String username) {
    return Credentials.basic(username, PASSWORD);
  }

  @Test
  void anAdminAddsAPersonWhoSignsInWithTheirRole() {
    JsonObject added = add(ann, "member");
    assertEquals(ann, added.getString("username"));
    assertEquals("member", added.getString("role"));

    Api.post("/sessions", "{\"agent\":\"aider\"}", "Authorization", person(ann)).expect(201);
    Api.get("/sessions", "Authorization", Credentials.basic(ann, "wrong password!")).problem(401);
    Api.get("/audit", "Authorization", person(ann)).problem(403);
    String signIns =
        Api.get(
                "/audit?action=login.success&actor=" + added.getString("userId"),
                "Authorization",
                admin.bearer())
            .expect(200)
            .body();
    assertTrue(
        signIns.contains("\"total\":1"),
        "her first sign-in from this client is recorded, the next ones are not: " + signIns);

    List<JsonObject> listed = list();
    JsonObject listedAnn =
        listed.stream().filter(m -> m.getString("username").equals(ann)).findFirst().orElseThrow();
    assertEquals(added.getString("userId"), listedAnn.getString("userId"));
    assertNotNull(listedAnn.getString("lastSignInAt", null), "the sign-in is noted");
    assertFalse(listed.toString().contains(PASSWORD) || listed.toString().contains("pbkdf2"));
  }

  @Test
  void aRoleChangeAndARemovalTakeEffectOnTheNextRequest() {
    String annId = add(ann, "member").getString("userId");
    Api.patch(members() + "/" + annId, "{\"role\":\"viewer\"}", "Authorization", admin.bearer())
        .expect(200);
    Api.post("/sessions", "{\"agent\":\"aider\"}", "Authorization", person(ann)).problem(403);
    Api.get("/sessions", "Authorization", person(ann)).expect(200);

    Api.delete(members() + "/" + annId, "Authorization", admin.bearer()).expect(204);
    Api.get("/sessions", "Authorization", person(ann)).problem(403); // in no account any more
    Api.delete(members() + "/" + annId, "Authorization", admin.bearer()).problem(404);
  }

  @Test
  void badRequestsSayWhatToFix() {
    add(ann, "viewer");
    Api.post(members(), addBody(ann, PASSWORD, "viewer"), "Authorization", admin.bearer())
        .problem(409);
    JsonObject noPassword =
        Api.post(members(), addBody("bob-" + ann, null, "viewer"), "Authorization", admin.bearer())
            .problem(400);
    assertTrue(noPassword.toString().contains("password"), noPassword.toString());
    JsonObject shortPassword =
        Api.post(
                members(),
                addBody("bob-" + ann, "short", "viewer"),
                "Authorization",
                admin.bearer())
            .problem(400);
    assertTrue(shortPassword.toString().contains("12 to 1024"), shortPassword.toString());
    assertFalse(shortPassword.toString().contains("\"short\""), "never echoes the password");
    JsonObject badRole =
        Api.post(
                members(),
                addBody("bob-" + ann, PASSWORD, "owner"),
                "Authorization",
                admin.bearer())
            .problem(400);
    assertTrue(badRole.toString().contains("auditor"), "names the roles: " + badRole);
    Api.post(members(), addBody("bad name!", PASSWORD, "viewer"), "Authorization", admin.bearer())
        .problem(400);
  }

  @Test
  void anAccountKeepsItsLastAdminPerson() {
    String boss = add("boss-" + ann, "admin").getString("userId");
    Api.patch(members() + "/" + boss, "{\"role\":\"member\"}", "Authorization", admin.bearer())
        .problem(409);
    Api.delete(members() + "/" + boss, "Authorization", admin.bearer()).problem(409);
    String second = add("second-" + ann, "admin").getString("userId");
    Api.delete(members() + "/" + boss, "Authorization", admin.bearer()).expect(204);
    assertEquals(List.of(second), list().stream().map(m -> m.getString("userId")).toList());
  }

  @Test
  void peopleOfOneAccountAreNotAnotherAccountsToManage() {
    String annId = add(ann, "member").getString("userId");
    UUID other = Credentials.createAccount("members-other");
    Key otherAdmin = Credentials.createKeyWithId(other, "other admin", "admin");
    String theirs = "/accounts/" + other + "/members";

    Api.get(members(), "Authorization", otherAdmin.bearer()).problem(404);
    Api.delete(members() + "/" + annId, "Authorization", otherAdmin.bearer()).problem(404);
    // the username is taken, and an admin cannot take over its owner
    Api.post(
            theirs, addBody(ann, "another password", "admin"), "Authorization", otherAdmin.bearer())
        .problem(409);
    Api.post(theirs, addBody(ann, null, "admin"), "Authorization", otherAdmin.bearer())
        .problem(409);

    // an operator adds the same person to the other account; she then names the account
    Api.post(theirs, addBody(ann, null, "viewer"), "Authorization", Credentials.operator())
        .expect(201);
    Api.get("/sessions", "Authorization", person(ann)).problem(403); // which account?
    Api.get("/sessions", "Authorization", person(ann), "Session-Vault-Account", other.toString())
        .expect(200);
    Api.post(
            "/sessions",
            "{\"agent\":\"aider\"}",
            "Authorization",
            person(ann),
            "Session-Vault-Account",
            other.toString())
        .problem(403); // a viewer there
    Api.post(
            "/sessions",
            "{\"agent\":\"aider\"}",
            "Authorization",
            person(ann),
            "Session-Vault-Account",
            account.toString())
        .expect(201); // a member here
  }

  @Test
  void passwordsAndKeysNeverReachTheTrailNorTheLog() throws IOException {
    String annId = add(ann, "member").getString("userId");
    String wrong = "wrong-" + UUID.randomUUID();
    Api.get("/sessions", "Authorization", Credentials.basic(ann, wrong)).problem(401);
    Api.get("/sessions", "Authorization", Credentials.bearer(admin.secret() + "x")).problem(401);

    String trail =
        Api.get("/audit/export?format=jsonl", "Authorization", admin.bearer()).expect(200).body();
    assertTrue(trail.contains("\"member.add\""), trail);
    assertTrue(trail.contains(annId), trail);
    String operatorTrail =
        Api.get("/audit/export", "Authorization", Credentials.operator()).expect(200).body();
    List<String> secrets = List.of(PASSWORD, wrong, admin.secret(), Credentials.OPERATOR_PASSWORD);
    for (String secret : secrets) {
      assertFalse(trail.contains(secret) || operatorTrail.contains(secret), "in the trail");
    }
    try (Stream<Path> logs = Files.list(LibertyServer.TEST.logsDir())) {
      for (Path log : logs.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(log, StandardCharsets.ISO_8859_1);
        for (String secret : secrets) {
          assertFalse(text.contains(secret), log.getFileName() + " holds a secret");
        }
      }
    }
  }
}

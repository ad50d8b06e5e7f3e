package dev.sessionvault.it;

import static dev.sessionvault.it.support.Fixtures.createSession;
import static dev.sessionvault.it.support.Fixtures.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Secrets sent in never reach the database, the index, highlights or an export; the answer says how
 * many of each kind were taken out. The test server adds a pattern of its own ({@code
 * SESSIONVAULT_REDACTION_PATTERN_TICKET_SECRET}, see its server.env).
 */
class RedactionIT extends EndToEndTest {
  private static final String GITHUB = "ghp_" + "Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2";
  private static final String TICKET = "TKT-" + "20261205";

  @Test
  void secretsAreTakenOutOnTheWayInAndCounted() {
    String word = "leak" + UUID.randomUUID().toString().replace("-", "");
    String id = createSession().getString("id");
    Reply appended =
        Api.post(
            "/sessions/" + id + "/messages",
            message(
                    "user",
                    word
                        + " export GITHUB_TOKEN="
                        + GITHUB
                        + " and ticket "
                        + TICKET
                        + " password=hunter2hunter2")
                .toString());
    assertEquals(201, appended.status(), appended.toString());
    assertEquals(
        "github-token=1, password-assignment=1, ticket-secret=1",
        appended.header("Session-Vault-Redactions"));
    String stored =
        Api.get("/sessions/" + id + "/messages/1").expect(200).json().getString("content");
    assertEquals(
        word
            + " export GITHUB_TOKEN=[REDACTED:github-token] and ticket [REDACTED:ticket-secret]"
            + " password=[REDACTED:password-assignment]",
        stored);
    JsonObject found = Api.get("/search?q=" + word).expect(200).json();
    assertEquals(1, found.getInt("total"));
    assertFalse(found.toString().contains(GITHUB), found.toString());
    assertEquals(0, Api.get("/search?q=" + GITHUB).expect(200).json().getInt("total"));
    assertEquals(0, Api.get("/search?q=hunter2hunter2").expect(200).json().getInt("total"));
    for (String format : List.of("json", "jsonl", "markdown", "html")) {
      String exported = Api.get("/sessions/" + id + "/export?format=" + format).expect(200).body();
      assertFalse(exported.contains(GITHUB) || exported.contains(TICKET), format);
    }
  }

  /** One secret of each built-in detector, as a tool or a person would write it. */
  private static final List<String> ONE_OF_EACH =
      List.of(
          "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7r3Zq9\n-----END RSA PRIVATE KEY-----",
          "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
          "sk-ant-api03-Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1Jh0Gf9Ed8Cb7A-AA",
          "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z",
          "AKIAIOSFODNN7EXAMPLE",
          "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8",
          "glpat-Ab12Cd34Ef56Gh78Ij90",
          "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp",
          "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
          "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
          "Authorization: Bearer abc123def456ghi789",
          "postgres://app:s3cr3tPw9@db.internal/app",
          "DB_PASSWORD=correct-horse-battery");

  /** The secret part of each: what must never be found again. */
  private static final List<String> SECRET_PARTS =
      List.of(
          "MIIEpAIBAAKCAQEA7r3Zq9",
          "dozjgNryP4J3jVmNHl0w5N",
          "Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1Jh0Gf9Ed8Cb7A",
          "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z",
          "AKIAIOSFODNN7EXAMPLE",
          "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8",
          "Ab12Cd34Ef56Gh78Ij90",
          "1234567890123-AbCdEfGhIjKlMnOp",
          "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
          "4eC39HqLyjWDarjtT1zdp7dc",
          "abc123def456ghi789",
          "s3cr3tPw9",
          "correct-horse-battery");

  @Test
  void noBuiltInKindOfSecretReachesTheDatabaseTheIndexOrAnExport() {
    String word = "allkinds" + UUID.randomUUID().toString().replace("-", "");
    String id = createSession().getString("id");
    String text = word + "\n" + String.join("\n", ONE_OF_EACH);
    Reply appended =
        Api.post("/sessions/" + id + "/messages", message("assistant", text).toString());
    assertEquals(201, appended.status(), appended.toString());
    assertEquals(14, appended.header("Session-Vault-Redactions").split(", ").length);
    List<String> answers = new java.util.ArrayList<>();
    answers.add(Api.get("/sessions/" + id + "/messages").expect(200).body());
    answers.add(Api.get("/search?q=" + word).expect(200).body());
    for (String format : List.of("json", "jsonl", "markdown", "html")) {
      answers.add(Api.get("/sessions/" + id + "/export?format=" + format).expect(200).body());
    }
    for (String secret : SECRET_PARTS) {
      assertEquals(
          0,
          Api.get(
                  "/search?q="
                      + java.net.URLEncoder.encode(
                          "\"" + secret + "\"", java.nio.charset.StandardCharsets.UTF_8))
              .expect(200)
              .json()
              .getInt("total"),
          secret);
      for (String answer : answers) {
        assertFalse(answer.contains(secret), secret + " in " + answer);
      }
    }
    assertEquals(1, Api.get("/search?q=" + word).expect(200).json().getInt("total"));
  }

  @Test
  void todosInteractionsAndSessionFieldsAreRedactedToo() {
    Reply created =
        Api.post(
            "/sessions",
            "{\"agent\":\"aider\",\"name\":\"deploy with "
                + TICKET
                + "\","
                + "\"metadata\":{\"env\":{\"DATABASE_URL\":\"postgres://app:s3cr3t-pw@db/app\"}}}");
    assertEquals(201, created.status(), created.toString());
    assertEquals("ticket-secret=1, url-password=1", created.header("Session-Vault-Redactions"));
    JsonObject session = created.json();
    assertEquals("deploy with [REDACTED:ticket-secret]", session.getString("name"));
    assertEquals(
        "postgres://app:[REDACTED:url-password]@db/app",
        session.getJsonObject("metadata").getJsonObject("env").getString("DATABASE_URL"));
    String id = session.getString("id");
    Reply todos =
        Api.put(
            "/sessions/" + id + "/todos",
            "[{\"content\":\"rotate " + GITHUB + "\",\"status\":\"pending\"}]");
    assertEquals("github-token=1", todos.expect(200).header("Session-Vault-Redactions"));
    Reply interaction =
        Api.post(
            "/sessions/" + id + "/interactions",
            "{\"command\":\"curl -H 'Authorization: Bearer abcdef0123456789xyz' https://api\","
                + "\"result\":\"ok\"}");
    assertTrue(
        interaction
            .expect(201)
            .json()
            .getString("command")
            .contains("Bearer [REDACTED:bearer-token]"),
        interaction.toString());
    Reply plain =
        Api.post("/sessions/" + id + "/messages", message("user", "nothing here").toString());
    assertEquals(null, plain.expect(201).header("Session-Vault-Redactions"));
  }
}

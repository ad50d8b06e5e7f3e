package dev.sessionvault.domain.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {
  private final Redactor redactor = Redactor.builtIn();

  private String redact(String text, RedactionCounts counts) {
    return redactor.redact(text, counts);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          key sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z here | key [REDACTED:openai-key] here | openai-key
          OPENAI_API_KEY=sk-Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L9z0X1c2V3b4 | OPENAI_API_KEY=[REDACTED:openai-key] | openai-key
          use sk-ant-api03-Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1Jh0Gf9Ed8Cb7A-AA now | use [REDACTED:anthropic-key] now | anthropic-key
          id AKIAIOSFODNN7EXAMPLE ok | id [REDACTED:aws-access-key-id] ok | aws-access-key-id
          aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY | aws_secret_access_key = [REDACTED:aws-secret-key] | aws-secret-key
          token ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8 | token [REDACTED:github-token] | github-token
          pat github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN | pat [REDACTED:github-token] | github-token
          gitlab glpat-Ab12Cd34Ef56Gh78Ij90 done | gitlab [REDACTED:gitlab-token] done | gitlab-token
          slack xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp | slack [REDACTED:slack-token] | slack-token
          maps AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q in url | maps [REDACTED:google-api-key] in url | google-api-key
          stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc | stripe [REDACTED:stripe-key] | stripe-key
          stripe rk_live_51H8xYzAbCdEfGhIjKlMnOp | stripe [REDACTED:stripe-key] | stripe-key
          t eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U x | t [REDACTED:jwt] x | jwt
          curl -H "Authorization: Bearer abc123def456ghi789" https://x | curl -H "Authorization: Bearer [REDACTED:bearer-token]" https://x | bearer-token
          db postgres://app:s3cr3t-P4ss@db.internal:5432/app | db postgres://app:[REDACTED:url-password]@db.internal:5432/app | url-password
          jdbc:mysql://root:hunter2@localhost/test | jdbc:mysql://root:[REDACTED:url-password]@localhost/test | url-password
          DB_PASSWORD=correct-horse-battery | DB_PASSWORD=[REDACTED:password-assignment] | password-assignment
          {"password": "hunter2"} | {"password": "[REDACTED:password-assignment]"} | password-assignment
          api_key: abc123xyz | api_key: [REDACTED:password-assignment] | password-assignment
          secret='s3cr3t' | secret='[REDACTED:password-assignment]' | password-assignment
          """)
  void eachDetectorReplacesItsSecretAndCountsIt(String text, String expected, String detector) {
    RedactionCounts counts = new RedactionCounts();
    assertEquals(expected, redact(text, counts));
    assertEquals(Map.of(detector, 1L), counts.asMap());
  }

  @Test
  void aPrivateKeyBlockGoesWhole() {
    String pem =
        "before\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\nabc+/=\n"
            + "-----END RSA PRIVATE KEY-----\nafter";
    RedactionCounts counts = new RedactionCounts();
    assertEquals("before\n[REDACTED:private-key]\nafter", redact(pem, counts));
    assertEquals(1, counts.total());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "session 0190d7a8-5b3c-7def-8123-4567890abcde was created",
        "commit 3f786850e387550fdab836ed7e6dc881de23001b on main",
        "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "\"integrity\": \"sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==\"",
        "{\"type\":\"base64\",\"media_type\":\"image/png\",\"data\":\"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\"}",
        "Reset your password in the settings page; the token count rose to 4096.",
        "password: reset it in the settings",
        "max_tokens: 4096 and token_count = 12",
        "the task-list and disk-usage-report-generator-tool-long-name",
        "password=${DB_PASSWORD} and token=<your token> and secret=****",
        "https://user@github.com/org/repo and https://github.com/a/b",
        "Authorization: Bearer $TOKEN",
        "a short ghp_ mention and sk- prefix and AKIA alone",
        "already [REDACTED:github-token] and password=[REDACTED:password-assignment]"
      })
  void lookAlikesAreLeftAlone(String text) {
    RedactionCounts counts = new RedactionCounts();
    assertSame(text, redact(text, counts));
    assertTrue(counts.isEmpty(), counts.toString());
  }

  @Test
  void redactingTwiceChangesNothing() {
    String text =
        "key sk-ant-api03-Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1Jh0Gf9Ed8Cb7A-AA and "
            + "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmN";
    RedactionCounts first = new RedactionCounts();
    String once = redact(text, first);
    assertEquals(Map.of("anthropic-key", 1L, "jwt", 1L), first.asMap(), once);
    RedactionCounts second = new RedactionCounts();
    assertSame(once, redact(once, second));
    assertTrue(second.isEmpty());
  }

  @Test
  void valuesAreRedactedInsideStructuresAndKeysAreNot() {
    Map<String, Object> input =
        Map.of(
            "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8",
            List.of(
                "x",
                Map.of("command", "export GITHUB_TOKEN=ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8")),
            "n",
            42);
    RedactionCounts counts = new RedactionCounts();
    @SuppressWarnings("unchecked")
    Map<String, Object> output = (Map<String, Object>) redactor.redactValue(input, counts);
    assertEquals(
        List.of("x", Map.of("command", "export GITHUB_TOKEN=[REDACTED:github-token]")),
        output.get("ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"));
    assertEquals(42, output.get("n"));
    assertEquals(Map.of("github-token", 1L), counts.asMap());
    Map<String, Object> clean = Map.of("a", List.of("plain", 1));
    assertSame(clean, redactor.redactValue(clean, new RedactionCounts()));
  }

  @Test
  void customDetectorsAreCheckedWhenTheyAreMade() {
    Detector ticket = Detector.custom("ticket-secret", "TKT-[0-9]{8}");
    Redactor withTicket = new Redactor(List.of(ticket));
    RedactionCounts counts = new RedactionCounts();
    assertEquals("see [REDACTED:ticket-secret].", withTicket.redact("see TKT-12345678.", counts));
    assertEquals(Map.of("ticket-secret", 1L), counts.asMap());
    IllegalArgumentException bad =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> Detector.custom("bad", "TKT-[0-9"));
    assertTrue(
        bad.getMessage().contains("'bad' is not a valid regular expression"), bad.getMessage());
    assertTrue(
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Detector.custom("Bad Name", "x"))
            .getMessage()
            .contains("lowercase"));
    assertTrue(
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Detector.custom("empty", "x*"))
            .getMessage()
            .contains("matches empty text"));
  }
}

package dev.sessionvault.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Credentials the suite signs in with: the test server's first operator (its password is set in the
 * server's server.env, src/test/liberty/&lt;db&gt;/server.env) and API keys it creates.
 */
public final class Credentials {
  public static final String OPERATOR = "operator";
  public static final String OPERATOR_PASSWORD = "it-operator-password";

  /** The default account's fixed id (V2__default_account.sql). */
  public static final UUID DEFAULT_ACCOUNT =
      UUID.fromString("00000000-0000-7000-8000-000000000001");

  /** As the value of an {@code Authorization} header: send none. */
  public static final String NONE = "<none>";

  private static volatile String defaultAdminKey;

  private Credentials() {}

  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static String operator() {
    return basic(OPERATOR, OPERATOR_PASSWORD);
  }

  public static String bearer(String key) {
    return "Bearer " + key;
  }

  /** An admin key of the default account, created once per test JVM by the operator. */
  public static String defaultAdminKey() {
    String key = defaultAdminKey;
    if (key == null) {
      synchronized (Credentials.class) {
        key = defaultAdminKey;
        if (key == null) {
          key = createKey(DEFAULT_ACCOUNT, "integration tests", "admin");
          defaultAdminKey = key;
        }
      }
    }
    return key;
  }

  /** An API key as its creator sees it once: its id and its secret. */
  public record Key(String id, String secret) {
    public String bearer() {
      return Credentials.bearer(secret);
    }
  }

  /** Creates a key in the account as the operator; returns its secret. */
  public static String createKey(UUID accountId, String name, String role) {
    return createKeyWithId(accountId, name, role).secret();
  }

  /** Creates a key in the account as the operator. */
  public static Key createKeyWithId(UUID accountId, String name, String role) {
    Reply created =
        Api.post(
            "/accounts/" + accountId + "/api-keys",
            "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}",
            "Authorization",
            operator());
    assertEquals(201, created.status(), () -> "creating a key: " + created);
    JsonObject body = created.json();
    return new Key(body.getJsonObject("apiKey").getString("id"), body.getString("key"));
  }

  /** Adds a new person to the account as the operator; returns the person's user id. */
  public static String createMember(UUID accountId, String username, String role) {
    return Api.post(
            "/accounts/" + accountId + "/members",
            "{\"username\":\""
                + username
                + "\",\"password\":\"long enough secret\",\"role\":\""
                + role
                + "\"}",
            "Authorization",
            operator())
        .expect(201)
        .json()
        .getString("userId");
  }

  /** Creates an account with a unique name as the operator; returns its id. */
  public static UUID createAccount(String namePrefix) {
    String name = namePrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    return UUID.fromString(
        Api.post(
                "/accounts",
                "{\"name\":\"" + name + "\",\"displayName\":\"" + namePrefix + "\"}",
                "Authorization",
                operator())
            .expect(201)
            .json()
            .getString("id"));
  }
}

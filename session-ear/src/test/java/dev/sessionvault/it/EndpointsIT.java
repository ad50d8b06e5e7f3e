package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.Credentials.Key;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the API, as the OpenAPI document (generated from the JAX-RS resources) lists
 * them, against two rules: another account's credentials never reach this account's resources (404
 * or 403, never its data), and each role gets 2xx exactly where it may act (403 elsewhere), each
 * change and each refusal leaving exactly one audit record and each read none. An endpoint this
 * class does not know fails the test until it is added to {@link #CATALOG}, so a new one cannot be
 * forgotten.
 */
class EndpointsIT extends EndToEndTest {
  private static final Set<String> READERS = Set.of("admin", "member", "viewer");
  private static final Set<String> WRITERS = Set.of("admin", "member");
  private static final Set<String> ADMINS = Set.of("admin");
  private static final Set<String> KEY_MANAGERS = Set.of("admin", "operator");
  private static final Set<String> AUDIT_READERS = Set.of("admin", "auditor", "operator");
  private static final Set<String> OPERATORS = Set.of("operator");
  private static final Set<String> USAGE_READERS = Set.of("admin", "member", "viewer", "operator");
  private static final Set<String> EVERYONE =
      Set.of("admin", "member", "viewer", "auditor", "operator");

  /** Endpoints that answer the console's cookie only: every caller here uses a header. */
  private static final Set<String> CONSOLE_SIGN_INS = Set.of();

  private static final List<String> ROLES =
      List.of("admin", "member", "viewer", "auditor", "operator");

  /** What the test knows of an endpoint: who may call it, with which query and body. */
  private record Known(Set<String> allowed, String query, String body) {}

  private static final Map<String, Known> CATALOG =
      Map.ofEntries(
          Map.entry("POST /sessions", new Known(WRITERS, "", "{\"agent\":\"aider\"}")),
          Map.entry("GET /sessions", new Known(READERS, "", null)),
          Map.entry("GET /sessions/{id}", new Known(READERS, "", null)),
          Map.entry("PATCH /sessions/{id}", new Known(WRITERS, "", "{\"name\":\"matrix\"}")),
          Map.entry("DELETE /sessions/{id}", new Known(WRITERS, "", null)),
          Map.entry("POST /sessions/{id}/status", new Known(WRITERS, "", "{\"status\":\"idle\"}")),
          Map.entry("GET /sessions/{id}/state", new Known(READERS, "", null)),
          Map.entry(
              "POST /sessions/{sessionId}/messages",
              new Known(WRITERS, "", "{\"role\":\"user\",\"content\":\"matrix\"}")),
          Map.entry("GET /sessions/{sessionId}/messages", new Known(READERS, "", null)),
          Map.entry("GET /sessions/{sessionId}/messages/{seq}", new Known(READERS, "", null)),
          Map.entry(
              "PUT /sessions/{sessionId}/todos",
              new Known(WRITERS, "", "[{\"content\":\"t\",\"status\":\"pending\"}]")),
          Map.entry("GET /sessions/{sessionId}/todos", new Known(READERS, "", null)),
          Map.entry(
              "POST /sessions/{sessionId}/interactions",
              new Known(WRITERS, "", "{\"command\":\"make\"}")),
          Map.entry("GET /sessions/{sessionId}/interactions", new Known(READERS, "", null)),
          Map.entry("GET /sessions/{sessionId}/export", new Known(READERS, "?format=html", null)),
          Map.entry("GET /sessions/{sessionId}/transcript", new Known(READERS, "", null)),
          Map.entry("GET /usage", new Known(READERS, "?by=model", null)),
          Map.entry("POST /sessions/{sessionId}/fork", new Known(WRITERS, "?atSeq=1", null)),
          Map.entry("POST /exports", new Known(ADMINS, "?tag=WORD", null)),
          Map.entry("GET /imports/{jobId}", new Known(WRITERS, "", null)),
          Map.entry(
              "POST /imports",
              new Known(
                  WRITERS,
                  "",
                  "{\"schemaVersion\":4,\"session\":{\"agent\":\"aider\"},\"messages\":"
                      + "[{\"role\":\"user\",\"content\":\"KEY\"}]}")),
          Map.entry("GET /search", new Known(READERS, "?q=WORD&facets=agent,project", null)),
          Map.entry(
              "POST /projects", new Known(ADMINS, "", "{\"key\":\"KEY\",\"name\":\"matrix\"}")),
          Map.entry("GET /projects", new Known(READERS, "", null)),
          Map.entry("GET /projects/{id}", new Known(READERS, "", null)),
          Map.entry("PATCH /projects/{id}", new Known(ADMINS, "", "{\"name\":\"renamed\"}")),
          Map.entry("DELETE /projects/{id}", new Known(ADMINS, "", null)),
          Map.entry(
              "POST /accounts",
              new Known(OPERATORS, "", "{\"name\":\"KEY\",\"displayName\":\"matrix\"}")),
          Map.entry("GET /accounts/{accountId}", new Known(OPERATORS, "", null)),
          Map.entry("GET /accounts", new Known(OPERATORS, "?size=5", null)),
          Map.entry("GET /accounts/{accountId}/usage", new Known(USAGE_READERS, "", null)),
          Map.entry("GET /retention", new Known(READERS, "", null)),
          Map.entry(
              "PUT /retention",
              new Known(ADMINS, "", "{\"maxAgeDays\":3650,\"exemptTags\":[\"keep\"]}")),
          Map.entry("POST /retention/preview", new Known(ADMINS, "", null)),
          Map.entry("POST /retention/run", new Known(ADMINS, "", null)),
          Map.entry("GET /trash", new Known(ADMINS, "", null)),
          Map.entry("POST /trash/{id}/restore", new Known(ADMINS, "", null)),
          Map.entry("DELETE /trash/{id}", new Known(ADMINS, "", null)),
          Map.entry("DELETE /accounts/{accountId}", new Known(OPERATORS, "", null)),
          Map.entry(
              "POST /accounts/{accountId}/api-keys",
              new Known(KEY_MANAGERS, "", "{\"name\":\"matrix\",\"role\":\"viewer\"}")),
          Map.entry("GET /accounts/{accountId}/api-keys", new Known(KEY_MANAGERS, "", null)),
          Map.entry(
              "DELETE /accounts/{accountId}/api-keys/{keyId}", new Known(KEY_MANAGERS, "", null)),
          Map.entry(
              "POST /accounts/{accountId}/members",
              new Known(
                  KEY_MANAGERS,
                  "",
                  "{\"username\":\"KEY\",\"password\":\"long enough secret\",\"role\":\"viewer\"}")),
          Map.entry("GET /accounts/{accountId}/members", new Known(KEY_MANAGERS, "", null)),
          Map.entry(
              "PATCH /accounts/{accountId}/members/{userId}",
              new Known(KEY_MANAGERS, "", "{\"role\":\"member\"}")),
          Map.entry(
              "DELETE /accounts/{accountId}/members/{userId}", new Known(KEY_MANAGERS, "", null)),
          Map.entry("GET /audit", new Known(AUDIT_READERS, "", null)),
          Map.entry("GET /audit/export", new Known(AUDIT_READERS, "?format=csv", null)),
          Map.entry("GET /audit/verify", new Known(AUDIT_READERS, "", null)),
          // started for real by SearchIT and RestartIT: here only who may start it
          Map.entry("POST /admin/reindex", new Known(OPERATORS, "", null)),
          Map.entry("GET /admin/reindex", new Known(OPERATORS, "", null)),
          Map.entry("GET /admin/index", new Known(OPERATORS, "", null)),
          // BackupIT restores one; on PostgreSQL it answers 409 (pg_dump backs that up)
          Map.entry("POST /admin/backup", new Known(OPERATORS, "", null)),
          // ConsoleIT signs in with the cookie; here the header's callers
          Map.entry("POST /console/sign-in", new Known(EVERYONE, "", null)),
          Map.entry("POST /console/sign-out", new Known(EVERYONE, "", null)),
          Map.entry("GET /console/session", new Known(CONSOLE_SIGN_INS, "", null)),
          Map.entry(
              "POST /console/account",
              new Known(CONSOLE_SIGN_INS, "", "{\"accountId\":\"ACCOUNT\"}")),
          Map.entry("GET /console/me", new Known(EVERYONE, "", null)));

  /** Reads that are audited all the same: what leaves the vault is on record. */
  private static final Set<String> AUDITED_READS =
      Set.of("GET /sessions/{sessionId}/export", "GET /sessions/{sessionId}/transcript");

  /** The suite's database: the embedded H2 (else PostgreSQL). */
  private static final boolean ON_H2 = "h2".equals(System.getProperty("arquillian.launch"));

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  private UUID account;
  private Key admin;
  private String word;

  @BeforeEach
  void createAccount() {
    account = Credentials.createAccount("endpoints");
    admin = Credentials.createKeyWithId(account, "endpoints admin", "admin");
    word = "endpoint" + UUID.randomUUID().toString().replace("-", "");
  }

  private record Endpoint(String method, String template) {
    String name() {
      return method + " " + template;
    }
  }

  /** The API's endpoints, from the OpenAPI document the server generates from its resources. */
  private static List<Endpoint> endpoints() {
    JsonObject paths =
        Api.get(Api.ROOT + "/openapi?format=JSON", "Accept", "application/json")
            .expect(200)
            .json()
            .getJsonObject("paths");
    List<Endpoint> endpoints = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations
                .asJsonObject()
                .keySet()
                .forEach(
                    method -> {
                      if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                        endpoints.add(
                            new Endpoint(
                                method.toUpperCase(Locale.ROOT),
                                path.replaceFirst("^/api/v1", "")));
                      }
                    }));
    assertTrue(endpoints.size() >= CATALOG.size(), "the document lists the API: " + endpoints);
    return endpoints;
  }

  private static Known known(Endpoint endpoint) {
    Known known = CATALOG.get(endpoint.name());
    if (known == null) {
      fail(
          endpoint.name()
              + " is new: add it to EndpointsIT.CATALOG (who may call it, with what) so that the"
              + " isolation and role checks cover it");
    }
    return known;
  }

  /** Resources of the test's account for one call: fresh ones, so that deleting is harmless. */
  private final class Resources {
    final String session;
    final String project;
    final String key;
    final String user;
    final String emptyAccount;
    final String job;
    final String trashEntry;

    Resources(Endpoint endpoint, boolean needsEmptyAccount) {
      project =
          as(admin, "POST", "/projects", "{\"key\":\"" + unique() + "\",\"name\":\"p\"}")
              .expect(201)
              .json()
              .getString("id");
      session =
          endpoint.template().endsWith("/transcript")
              ? transcriptSession(project)
              : as(
                      admin,
                      "POST",
                      "/sessions",
                      "{\"agent\":\"aider\",\"projectId\":\"" + project + "\"}")
                  .expect(201)
                  .json()
                  .getString("id");
      as(
              admin,
              "POST",
              "/sessions/" + session + "/messages",
              "{\"role\":\"user\",\"content\":\"about " + word + "\"}")
          .expect(201);
      key =
          endpoint.template().contains("{keyId}")
              ? Credentials.createKeyWithId(account, "victim", "viewer").id()
              : null;
      user =
          endpoint.template().contains("{userId}")
              ? Credentials.createMember(account, unique(), "viewer")
              : null;
      emptyAccount = needsEmptyAccount ? Credentials.createAccount("empty").toString() : null;
      job = endpoint.template().contains("{jobId}") ? startImportJob() : null;
      trashEntry = endpoint.template().startsWith("/trash/") ? trashEntry() : null;
    }

    String path(Endpoint endpoint, boolean deletesTheAccount) {
      Matcher parameter = PARAMETER.matcher(endpoint.template());
      StringBuilder path = new StringBuilder();
      while (parameter.find()) {
        String before = endpoint.template().substring(0, parameter.start());
        String value =
            switch (parameter.group(1)) {
              case "sessionId" -> session;
              case "seq" -> "1";
              case "keyId" -> key;
              case "jobId" -> job;
              case "userId" -> user;
              case "accountId" -> deletesTheAccount ? emptyAccount : account.toString();
              case "id" ->
                  before.endsWith("/projects/")
                      ? project
                      : before.endsWith("/sessions/")
                          ? session
                          : before.endsWith("/trash/") ? trashEntry : null;
              default -> null;
            };
        if (value == null) {
          fail(
              "EndpointsIT does not know what "
                  + parameter.group()
                  + " of "
                  + endpoint.name()
                  + " names: teach Resources.path");
        }
        parameter.appendReplacement(path, value);
      }
      parameter.appendTail(path);
      return path.toString();
    }

    /**
     * What must not show in another account's answers. The account's own id is left out of the
     * audit trail's answers: the intruder's refused attempts are in its own trail, with the ids it
     * sent.
     */
    List<String> identifiers(Endpoint endpoint) {
      List<String> identifiers = new ArrayList<>(List.of(session, project, word));
      if (key != null) {
        identifiers.add(key);
      }
      if (user != null) {
        identifiers.add(user);
      }
      if (!endpoint.template().startsWith("/audit")) {
        identifiers.add(account.toString());
      }
      return identifiers;
    }
  }

  /** A session read from a (one-line) Claude Code transcript, which it keeps, in the project. */
  private String transcriptSession(String project) {
    String id = UUID.randomUUID().toString();
    String line =
        "{\"type\":\"user\",\"uuid\":\"u1\",\"sessionId\":\""
            + id
            + "\",\"timestamp\":\"2026-12-05T10:00:00Z\",\"message\":{\"role\":\"user\","
            + "\"content\":\"hello\"}}\n";
    as(admin, "POST", "/imports", line).expect(201);
    as(admin, "PATCH", "/sessions/" + id, "{\"projectId\":\"" + project + "\"}").expect(200);
    return id;
  }

  /** A deleted session's entry in the trash. */
  private String trashEntry() {
    String deleted =
        as(admin, "POST", "/sessions", "{\"agent\":\"aider\",\"name\":\"" + word + "\"}")
            .expect(201)
            .json()
            .getString("id");
    as(admin, "DELETE", "/sessions/" + deleted, null).expect(204);
    return as(admin, "GET", "/trash?size=200", null)
        .expect(200)
        .json()
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(entry -> entry.getString("sessionId").equals(deleted))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  /** An import large enough to run as a background job (the test server's threshold: 1 MiB). */
  private String startImportJob() {
    String body =
        "{\"schemaVersion\":4,\"session\":{\"agent\":\"aider\"},\"messages\":[{\"role\":\"user\","
            + "\"content\":\""
            + "x".repeat(1_100_000)
            + "\"}]}";
    return as(admin, "POST", "/imports", body).expect(202).json().getString("id");
  }

  private String unique() {
    return "k" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Reply as(Key key, String method, String path, String body) {
    return call(key.bearer(), method, path, body);
  }

  private static Reply call(String authorization, String method, String path, String body) {
    return method.equals("PATCH")
        ? Api.patch(path, body, "Authorization", authorization)
        : Api.send(method, path, body, "Authorization", authorization);
  }

  private String request(Known known, String path) {
    return path + known.query().replace("WORD", word);
  }

  private String body(Known known) {
    return known.body() == null
        ? null
        : known.body().replace("KEY", unique()).replace("ACCOUNT", account.toString());
  }

  @Test
  void anotherAccountNeverReachesThisAccountsResources() {
    UUID other = Credentials.createAccount("intruder");
    Key intruder = Credentials.createKeyWithId(other, "intruder admin", "admin");
    Map<String, Integer> answers = new TreeMap<>();
    for (Endpoint endpoint : endpoints()) {
      Known known = known(endpoint);
      Resources mine = new Resources(endpoint, false);
      JsonObject before = as(admin, "GET", "/sessions/" + mine.session, null).expect(200).json();
      String path = request(known, mine.path(endpoint, false));
      Reply reply = as(intruder, endpoint.method(), path, body(known));
      answers.put(endpoint.name(), reply.status());
      if (endpoint.template().contains("{")) {
        assertTrue(
            reply.status() == 404 || reply.status() == 403,
            endpoint.name() + " on another account's resource: " + reply);
      }
      for (String identifier : mine.identifiers(endpoint)) {
        if (path.contains(identifier)) {
          continue; // echoing an id the caller sent ("session '…' does not exist") tells nothing
        }
        assertFalse(
            reply.body().contains(identifier),
            endpoint.name() + " shows another account's " + identifier + ": " + reply);
      }
      assertEquals(
          before,
          as(admin, "GET", "/sessions/" + mine.session, null).expect(200).json(),
          endpoint.name() + " changed nothing");
      as(admin, "GET", "/projects/" + mine.project, null).expect(200);
    }
    assertTrue(answers.size() >= CATALOG.size(), answers.toString());
  }

  @Test
  void eachRoleGets2xxExactlyWhereItMayAct() {
    Map<String, Key> keys = new TreeMap<>();
    for (String role : List.of("admin", "member", "viewer", "auditor")) {
      keys.put(role, Credentials.createKeyWithId(account, "matrix " + role, role));
    }
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      Known known = known(endpoint);
      for (String role : ROLES) {
        boolean allowed = known.allowed().contains(role);
        if (allowed && endpoint.name().equals("POST /admin/reindex")) {
          continue; // a rebuild would make search answer 503 for the tests after this one
        }
        boolean deletesTheAccount = endpoint.name().equals("DELETE /accounts/{accountId}");
        Resources resources = new Resources(endpoint, deletesTheAccount);
        String path = request(known, resources.path(endpoint, deletesTheAccount));
        String authorization =
            role.equals("operator") ? Credentials.operator() : keys.get(role).bearer();
        Reply reply = call(authorization, endpoint.method(), path, body(known));
        boolean onlyOnH2 = allowed && endpoint.name().equals("POST /admin/backup") && !ON_H2;
        boolean ok =
            onlyOnH2
                ? reply.status() == 409
                : allowed ? reply.status() / 100 == 2 : reply.status() == 403;
        if (!ok) {
          wrong.add(role + " " + endpoint.name() + " -> " + reply.status() + " " + reply.body());
        }
        List<String> outcomes = auditedOutcomes(reply.header("X-Request-Id"));
        List<String> expected =
            onlyOnH2
                ? List.of("failed")
                : !allowed
                    ? List.of("denied")
                    : endpoint.method().equals("GET") && !AUDITED_READS.contains(endpoint.name())
                        ? List.of()
                        : List.of("success");
        if (!outcomes.equals(expected)) {
          wrong.add(
              role
                  + " "
                  + endpoint.name()
                  + " left audit records "
                  + outcomes
                  + ", not "
                  + expected);
        }
      }
    }
    assertEquals(
        List.of(),
        wrong,
        "expected 2xx where the role may act, 403 elsewhere, and one audit record for each change"
            + " and each refusal, none for a read (exports aside)");
  }

  /** The outcomes the audit trail holds for one request, sign-in events aside. */
  private static List<String> auditedOutcomes(String requestId) {
    assertTrue(requestId != null && !requestId.isBlank(), "every response names its request");
    return Api.get(
            "/audit?size=200&requestId=" + requestId, "Authorization", Credentials.operator())
        .expect(200)
        .items()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(
            r ->
                !r.getString("action").startsWith("login.")
                    && !r.getString("action").equals("key.new-client"))
        .map(r -> r.getString("outcome"))
        .toList();
  }
}

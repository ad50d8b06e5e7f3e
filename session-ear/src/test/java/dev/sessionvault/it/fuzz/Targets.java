package dev.sessionvault.it.fuzz;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.Credentials.Key;
import java.util.UUID;

/**
 * Real resources the hostile requests aim at, in an account of the fuzzer's own: a project, a
 * session with messages, a key and a person to revoke or remove. A resource a request managed to
 * delete is replaced, so that later requests still reach a real one. An anchor session is never
 * aimed at: the account always holds data (deleting it must keep answering 409).
 */
final class Targets {
  final UUID account;
  final Key admin;
  private String project;
  private String session;
  private String key;
  private String user;

  private Targets(UUID account, Key admin) {
    this.account = account;
    this.admin = admin;
  }

  static Targets create() {
    UUID account = Credentials.createAccount("fuzz");
    Targets targets = new Targets(account, Credentials.createKeyWithId(account, "fuzz", "admin"));
    targets.newSession();
    targets.newSession();
    targets.newProject();
    targets.newKey();
    targets.newUser();
    return targets;
  }

  /** The value of a path parameter; {@code before} is the template up to it. */
  String value(String parameter, String before) {
    return switch (parameter) {
      case "sessionId" -> session;
      case "seq" -> "1";
      case "keyId" -> key;
      case "userId" -> user;
      case "accountId" -> account.toString();
      default -> before.endsWith("/projects/") ? project : session;
    };
  }

  /**
   * Operators manage accounts and the index; the account's admin key does everything else, the
   * rebuild included (403): a running one would make search answer 503 for the tests after this.
   */
  String authorization(Endpoint endpoint) {
    boolean operator =
        endpoint.template().startsWith("/api/v1/accounts")
            || endpoint.template().equals("/api/v1/admin/index");
    return operator ? Credentials.operator() : admin.bearer();
  }

  /**
   * A person's credentials (the operator's), except where a changed method could start a rebuild.
   */
  String personAuthorization(Endpoint endpoint) {
    return endpoint.template().equals("/api/v1/admin/reindex")
        ? admin.bearer()
        : Credentials.operator();
  }

  /** After a request that deleted what it aimed at: a fresh one in its place. */
  void replaceDeleted(Endpoint endpoint) {
    String template = endpoint.template();
    if (template.endsWith("/members/{userId}")) {
      newUser();
    } else if (template.endsWith("/api-keys/{keyId}")) {
      newKey();
    } else if (template.startsWith("/api/v1/projects/")) {
      newProject();
    } else if (template.startsWith("/api/v1/sessions/")) {
      newSession();
    }
  }

  String project() {
    return project;
  }

  private void newSession() {
    session =
        Api.post("/sessions", "{\"agent\":\"claude_code\",\"name\":\"fuzz\"}", auth())
            .expect(201)
            .json()
            .getString("id");
    Api.post(
            "/sessions/" + session + "/messages",
            "[{\"role\":\"user\",\"content\":\"fuzz me\",\"costUsd\":0.25,\"tokens\":{\"input\":3}},"
                + "{\"role\":\"assistant\",\"content\":\"no\",\"tokens\":{\"output\":2}}]",
            auth())
        .expect(201);
  }

  private void newProject() {
    project =
        Api.post("/projects", "{\"key\":\"" + unique() + "\",\"name\":\"fuzz\"}", auth())
            .expect(201)
            .json()
            .getString("id");
  }

  private void newKey() {
    key = Credentials.createKeyWithId(account, "fuzz victim", "viewer").id();
  }

  private void newUser() {
    user = Credentials.createMember(account, unique(), "viewer");
  }

  private String[] auth() {
    return new String[] {"Authorization", admin.bearer()};
  }

  private static String unique() {
    return "fz" + UUID.randomUUID().toString().substring(0, 8);
  }
}

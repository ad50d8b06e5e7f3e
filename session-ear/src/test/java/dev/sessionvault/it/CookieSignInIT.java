package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.ConsoleCookies;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.Credentials.Key;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Reply;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's sign-in over HTTP, as a browser sends it: the cookie's flags, the CSRF token every
 * change needs, sign-out that ends the sign-in on the server, the caller's access checked again on
 * every request (a role change, a removed person, a revoked key), the account switch, and tenancy.
 */
class CookieSignInIT extends EndToEndTest {
  private static final Pattern COOKIE = Pattern.compile("sessionvault_console=([A-Za-z0-9_-]+)");
  private static final String PASSWORD = "long enough secret";

  private UUID account;
  private String username;
  private String userId;

  /** A console sign-in as the page holds it: the cookie's token and the CSRF token. */
  private record SignIn(String token, String csrf, JsonObject body, String setCookie) {
    Reply read(String path) {
      return ConsoleCookies.read(token, path);
    }

    Reply change(String method, String path, String body) {
      return ConsoleCookies.change(token, csrf, method, path, body);
    }

    /** The same change without the CSRF token, as another site's page would send it. */
    Reply forged(String method, String path, String body) {
      return ConsoleCookies.change(token, null, method, path, body);
    }
  }

  @BeforeEach
  void person() {
    account = Credentials.createAccount("console");
    username = "ada" + UUID.randomUUID().toString().substring(0, 8);
    userId = Credentials.createMember(account, username, "admin");
  }

  private static SignIn signIn(String authorization) {
    Reply reply = Api.post("/console/sign-in", null, "Authorization", authorization).expect(200);
    String setCookie = reply.header("Set-Cookie");
    Matcher token = COOKIE.matcher(setCookie == null ? "" : setCookie);
    assertTrue(token.find(), "the sign-in sets the cookie: " + setCookie);
    return new SignIn(token.group(1), reply.json().getString("csrfToken"), reply.json(), setCookie);
  }

  private SignIn signInAsPerson() {
    return signIn(Credentials.basic(username, PASSWORD));
  }

  @Test
  void theCookieIsHttpOnlyStrictAndLivesUntilTheAbsoluteExpiry() {
    SignIn signIn = signInAsPerson();
    assertTrue(signIn.setCookie().contains("HttpOnly"), signIn.setCookie());
    assertTrue(signIn.setCookie().contains("SameSite=Strict"), signIn.setCookie());
    assertTrue(signIn.setCookie().contains("Path=/"), signIn.setCookie());
    // plain HTTP here: a Secure cookie would never come back (ConsoleCookieTest: Secure over TLS)
    assertFalse(signIn.setCookie().contains("Secure"), signIn.setCookie());
    assertTrue(signIn.setCookie().matches(".*Max-Age=4319\\d.*"), signIn.setCookie());
    JsonObject caller = signIn.body().getJsonObject("caller");
    assertEquals(username, caller.getString("name"));
    assertEquals("admin", caller.getString("role"));
    assertEquals(account.toString(), caller.getString("accountId"));
    assertEquals(1800, signIn.body().getInt("idleTimeoutSeconds"));
  }

  @Test
  void readsNeedTheCookieAloneAndChangesItsCsrfTokenToo() {
    SignIn signIn = signInAsPerson();
    signIn.read("/sessions").expect(200);
    assertEquals(
        signIn.csrf(), signIn.read("/console/session").expect(200).json().getString("csrfToken"));

    JsonObject problem = signIn.forged("POST", "/sessions", "{\"agent\":\"aider\"}").problem(403);
    assertTrue(problem.getString("detail").contains("X-CSRF-Token"), problem.toString());
    ConsoleCookies.change(
            signIn.token(), signIn.csrf() + "x", "POST", "/sessions", "{\"agent\":\"aider\"}")
        .problem(403);
    assertEquals(0, signIn.read("/sessions").expect(200).json().getInt("total"), "nothing changed");

    signIn.change("POST", "/sessions", "{\"agent\":\"aider\"}").expect(201);
    assertEquals(1, signIn.read("/sessions").expect(200).json().getInt("total"));
  }

  @Test
  void signOutEndsTheSignInOnTheServer() {
    SignIn signIn = signInAsPerson();
    Reply out = signIn.change("POST", "/console/sign-out", null).expect(204);
    assertTrue(out.header("Set-Cookie").contains("Max-Age=0"), out.header("Set-Cookie"));
    // the cookie a copy kept no longer opens anything
    JsonObject problem = signIn.read("/sessions").problem(401);
    assertTrue(problem.getString("detail").contains("sign in again"), problem.toString());
    for (String action : new String[] {"console.sign-in", "console.sign-out"}) {
      JsonObject page =
          Api.get(
                  "/audit?action=" + action + "&actor=" + userId,
                  "Authorization",
                  Credentials.operator())
              .expect(200)
              .json();
      assertEquals(1, page.getInt("total"), action + " is in the audit trail: " + page);
    }
  }

  @Test
  void aSignInNeverRenewsItselfAndNoOtherSiteMakesAChange() {
    SignIn signIn = signInAsPerson();
    // a new sign-in needs the password or a key: the cookie cannot outlive its absolute expiry
    signIn.change("POST", "/console/sign-in", null).problem(403);

    String session = "{\"agent\":\"aider\"}";
    Reply fromCookie =
        Api.post(
            "/sessions",
            session,
            "Authorization",
            Credentials.NONE,
            "Cookie",
            "sessionvault_console=" + signIn.token(),
            "X-CSRF-Token",
            signIn.csrf(),
            "Sec-Fetch-Site",
            "cross-site");
    assertTrue(fromCookie.problem(403).getString("detail").contains("another site"));
    // a password the browser remembers is not used for another site's form either
    String basic = Credentials.basic(username, PASSWORD);
    Api.post("/sessions", session, "Authorization", basic, "Sec-Fetch-Site", "cross-site")
        .problem(403);
    assertEquals(0, signIn.read("/sessions").expect(200).json().getInt("total"), "nothing made");
    Api.post("/sessions", session, "Authorization", basic, "Sec-Fetch-Site", "same-origin")
        .expect(201);
    Api.get("/sessions", "Authorization", basic, "Sec-Fetch-Site", "cross-site").expect(200);
  }

  @Test
  void aWrongPasswordSetsNoCookieAndTheConsoleGetsNoPasswordDialogChallenge() {
    Reply wrong =
        Api.post(
            "/console/sign-in",
            null,
            "Authorization",
            Credentials.basic(username, "not the password"),
            "X-Requested-With",
            "session-vault-console");
    wrong.problem(401);
    assertEquals(null, wrong.header("Set-Cookie"));
    assertEquals("Bearer realm=\"Session Vault\"", wrong.header("WWW-Authenticate"));
    ConsoleCookies.read("made-up-value", "/sessions").problem(401);
    ConsoleCookies.read("x".repeat(500), "/sessions").problem(401);
  }

  @Test
  void everyRequestChecksTheAccessTheSignInStandsForAgain() {
    SignIn admin = signInAsPerson();
    String member = "me" + UUID.randomUUID().toString().substring(0, 8);
    String memberId = Credentials.createMember(account, member, "member");
    SignIn memberSignIn = signIn(Credentials.basic(member, PASSWORD));
    memberSignIn.change("POST", "/sessions", "{\"agent\":\"aider\"}").expect(201);

    String path = "/accounts/" + account + "/members/" + memberId;
    admin.change("PATCH", path, "{\"role\":\"viewer\"}").expect(200);
    memberSignIn.change("POST", "/sessions", "{\"agent\":\"aider\"}").problem(403);
    assertEquals("viewer", memberSignIn.read("/console/me").expect(200).json().getString("role"));

    admin.change("DELETE", path, null).expect(204);
    memberSignIn.read("/sessions").problem(401);

    Key key = Credentials.createKeyWithId(account, "console key", "member");
    SignIn keySignIn = signIn(key.bearer());
    assertEquals("key", keySignIn.body().getJsonObject("caller").getString("kind"));
    keySignIn.read("/sessions").expect(200);
    admin.change("DELETE", "/accounts/" + account + "/api-keys/" + key.id(), null).expect(204);
    keySignIn.read("/sessions").problem(401);
  }

  @Test
  void aPersonInTwoAccountsSwitchesBetweenThemAndSeesOnlyTheOneItActsIn() {
    UUID second = Credentials.createAccount("console-second");
    Api.post(
            "/accounts/" + second + "/members",
            "{\"username\":\"" + username + "\",\"role\":\"viewer\"}",
            "Authorization",
            Credentials.operator())
        .expect(201);
    String secondSession =
        Api.post(
                "/sessions",
                "{\"agent\":\"aider\",\"name\":\"in the second account\"}",
                "Authorization",
                Credentials.bearer(Credentials.createKey(second, "writer", "member")))
            .expect(201)
            .json()
            .getString("id");
    // in two accounts and none named: signed in, acting in none until one is chosen
    SignIn signIn = signInAsPerson();
    JsonObject caller = signIn.body().getJsonObject("caller");
    assertEquals(2, caller.getJsonArray("accounts").size(), caller.toString());
    assertTrue(caller.isNull("accountId"), caller.toString());
    signIn.read("/sessions").problem(403);

    JsonObject switched =
        signIn
            .change("POST", "/console/account", "{\"accountId\":\"" + second + "\"}")
            .expect(200)
            .json();
    assertEquals("viewer", switched.getJsonObject("caller").getString("role"));
    signIn.read("/sessions/" + secondSession).expect(200);

    signIn.change("POST", "/console/account", "{\"accountId\":\"" + account + "\"}").expect(200);
    signIn.read("/sessions/" + secondSession).problem(404);

    UUID notMine = Credentials.createAccount("console-foreign");
    signIn.change("POST", "/console/account", "{\"accountId\":\"" + notMine + "\"}").problem(404);
    signIn.change("POST", "/console/account", "{}").problem(400);
    assertEquals(
        account.toString(), signIn.read("/console/me").expect(200).json().getString("accountId"));
  }
}

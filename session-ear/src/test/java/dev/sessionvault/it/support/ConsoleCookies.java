package dev.sessionvault.it.support;

/**
 * Requests as the console's page sends them: the sign-in cookie and, for changes, the CSRF token;
 * no API key.
 */
public final class ConsoleCookies {
  private ConsoleCookies() {}

  /** A GET with the cookie alone. */
  public static Reply read(String token, String path) {
    return Api.get(path, "Authorization", Credentials.NONE, "Cookie", cookie(token));
  }

  /** A change with the cookie and this CSRF token (null: none). */
  public static Reply change(String token, String csrf, String method, String path, String body) {
    String[] headers =
        csrf == null
            ? new String[] {"Authorization", Credentials.NONE, "Cookie", cookie(token)}
            : new String[] {
              "Authorization", Credentials.NONE, "Cookie", cookie(token), "X-CSRF-Token", csrf
            };
    return method.equals("PATCH")
        ? Api.patch(path, body, headers)
        : Api.send(method, path, body, headers);
  }

  private static String cookie(String token) {
    return "sessionvault_console=" + token;
  }
}

package dev.sessionvault.application.identity;

import dev.sessionvault.application.CallerIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A console request's caller as its sign-in stands now, and the CSRF token its changes must carry.
 */
public record ConsoleCaller(CallerIdentity identity, String csrfToken) {
  /** Compares the CSRF token a request sent, in constant time. */
  public boolean acceptsCsrfToken(String sent) {
    return sent != null
        && MessageDigest.isEqual(
            csrfToken.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "ConsoleCaller[" + identity.principalName() + "]";
  }
}

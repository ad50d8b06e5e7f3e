package dev.sessionvault.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsoleCookieTest {
  @Test
  void overTlsTheCookieIsSecureAndOverPlainHttpItCannotBe() {
    Instant expiry = Instant.now().plus(Duration.ofHours(1));
    String tls = ConsoleCookie.set("token", expiry, true);
    String plain = ConsoleCookie.set("token", expiry, false);
    assertTrue(plain.startsWith("sessionvault_console=token; Path=/; Max-Age=3"), plain);
    assertTrue(tls.startsWith("__Host-sessionvault_console=token; Path=/; Max-Age=3"), tls);
    for (String cookie : new String[] {tls, plain}) {
      assertTrue(cookie.contains("; HttpOnly; SameSite=Strict"), cookie);
    }
    assertTrue(tls.endsWith("; Secure"), tls);
    assertFalse(plain.contains("Secure"), plain);
  }

  @Test
  void signOutMakesTheBrowserForgetIt() {
    assertEquals(
        "__Host-sessionvault_console=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure",
        ConsoleCookie.clear(true));
    assertTrue(ConsoleCookie.set("t", Instant.now().minusSeconds(5), false).contains("Max-Age=0;"));
  }
}

package dev.sessionvault.infrastructure.identity;

import dev.sessionvault.domain.identity.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Jakarta Security's PBKDF2, at the strength OWASP recommends for it (HMAC-SHA-512, 210,000
 * iterations, 32-byte salt; the cost per check is not measured yet). The hash string names its own
 * parameters, so stronger settings later still verify older hashes.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {
  @Inject Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
  }

  @Override
  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  @Override
  public boolean verify(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }
}

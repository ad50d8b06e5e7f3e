package dev.sessionvault.application.internal.identity;

import dev.sessionvault.domain.identity.PasswordHasher;
import dev.sessionvault.domain.identity.User;
import dev.sessionvault.domain.identity.UserRepository;
import dev.sessionvault.domain.shared.Timestamps;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At the first start, creates the first operator from {@code SESSIONVAULT_OPERATOR_USERNAME} and
 * {@code SESSIONVAULT_OPERATOR_PASSWORD}. Without a configured password it generates one and prints
 * it once in the server log: the code holds no default password.
 */
@Startup
@Singleton
public class OperatorBootstrap {
  private static final Logger LOG = Logger.getLogger(OperatorBootstrap.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject UserRepository users;
  @Inject PasswordHasher passwords;

  @Inject
  @ConfigProperty(name = "sessionvault.operator.username", defaultValue = "operator")
  String username;

  @Inject
  @ConfigProperty(name = "sessionvault.operator.password")
  Optional<String> password;

  @PostConstruct
  void createFirstOperator() {
    users.lockFirstOperatorCreation();
    if (users.anyOperator()) {
      return;
    }
    String name = DefaultIdentityService.normalizeUsername(username);
    Optional<String> configured = password.filter(p -> !p.isBlank());
    String secret = configured.orElseGet(OperatorBootstrap::randomPassword);
    users.add(new User(name, passwords.hash(secret), true, Timestamps.now()));
    if (configured.isPresent()) {
      LOG.info(() -> "Created the first operator '" + name + "' with the configured password.");
    } else {
      // printed this once only: it is stored as a hash
      LOG.warning(
          "Created the first operator '"
              + name
              + "' with the generated password "
              + secret
              + " (shown once; set SESSIONVAULT_OPERATOR_PASSWORD before the first start to"
              + " choose it).");
    }
  }

  private static String randomPassword() {
    byte[] bits = new byte[18];
    RANDOM.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }
}

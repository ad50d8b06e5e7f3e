package dev.sessionvault.application.command;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/** Checks an agent name against the configured list, naming the list in the message. */
public class KnownAgentValidator implements ConstraintValidator<KnownAgent, String> {
  static final String AGENTS_PROPERTY = "sessionvault.agents";

  @Override
  public boolean isValid(String agent, ConstraintValidatorContext context) {
    if (agent == null) {
      return true;
    }
    List<String> agents =
        ConfigProvider.getConfig()
            .getOptionalValues(AGENTS_PROPERTY, String.class)
            .orElse(List.of());
    if (agents.contains(agent)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    // The list comes from server configuration, never from the request, so it is safe in a
    // template.
    context
        .buildConstraintViolationWithTemplate(
            "must be one of: " + String.join(", ", agents) + " (configured by SESSIONVAULT_AGENTS)")
        .addConstraintViolation();
    return false;
  }
}

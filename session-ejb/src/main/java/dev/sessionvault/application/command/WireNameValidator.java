package dev.sessionvault.application.command;

import dev.sessionvault.domain.shared.WireNames;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.List;

/** Checks a wire name against its enumeration, listing the allowed names as the web does. */
public class WireNameValidator implements ConstraintValidator<WireName, String> {
  private Class<? extends Enum<?>> type;

  /**
   * The wire names of an enumeration's constants, in declaration order: the allowed values that
   * query records publish, e.g. {@code [initializing, active, idle, completed, failed]}.
   */
  public static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(WireNames::of).toList();
  }

  @Override
  public void initialize(WireName constraint) {
    type = constraint.value();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || names(type).contains(value)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    // Wire names are lowercase letters and underscores: safe in a message template.
    context
        .buildConstraintViolationWithTemplate("must be one of: " + WireNames.allowed(type))
        .addConstraintViolation();
    return false;
  }
}

package dev.sessionvault.application.search;

import dev.sessionvault.domain.shared.WireNames;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;

/** Checks a wire name against its enumeration, naming the allowed values like the web does. */
public class WireNameValidator implements ConstraintValidator<WireName, String> {
  private Class<? extends Enum<?>> type;

  @Override
  public void initialize(WireName constraint) {
    type = constraint.value();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null
        || Arrays.stream(type.getEnumConstants()).map(WireNames::of).anyMatch(value::equals)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    // the allowed values come from the enumeration, never from the request: safe in a template
    context
        .buildConstraintViolationWithTemplate("must be one of: " + WireNames.allowed(type))
        .addConstraintViolation();
    return false;
  }
}

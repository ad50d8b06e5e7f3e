package dev.sessionvault.application.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * The result of an edit is validated like a fresh request, so that an edit can never store what a
 * create would refuse (method validation only sees the edit, not the values it leads to).
 */
final class EditResults {
  private EditResults() {}

  static <T> T requireValid(T result, Validator validator) {
    Set<ConstraintViolation<T>> violations = validator.validate(result);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return result;
  }
}

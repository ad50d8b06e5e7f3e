package dev.sessionvault.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {
  @Test
  void summarisesTheFirstErrorAndCountsTheRest() {
    ValidationException e =
        new ValidationException(
            List.of(
                new FieldError("config.maxMessages", "must be an integer"),
                new FieldError("tags[1]", "must be a string"),
                new FieldError("name", "must be a string")));

    assertEquals("config.maxMessages: must be an integer (and 2 more)", e.getMessage());
  }

  @Test
  void omitsAnEmptyField() {
    assertEquals(
        "a JSON request body is required",
        new ValidationException("", "a JSON request body is required").getMessage());
    assertEquals("x", new ValidationException(null, "x").getMessage());
  }

  @Test
  void keepsAnImmutableCopyOfTheErrors() {
    List<FieldError> errors = new ArrayList<>(List.of(new FieldError("a", "b")));
    ValidationException e = new ValidationException(errors);

    errors.clear();

    assertEquals(List.of(new FieldError("a", "b")), e.errors());
    assertThrows(UnsupportedOperationException.class, () -> e.errors().clear());
  }

  @Test
  void needsAtLeastOneError() {
    assertThrows(IllegalArgumentException.class, () -> new ValidationException(List.of()));
  }
}

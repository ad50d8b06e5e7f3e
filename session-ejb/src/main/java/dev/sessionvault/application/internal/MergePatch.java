package dev.sessionvault.application.internal;

import dev.sessionvault.application.binding.JsonBinder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * JSON Merge Patch (RFC 7386) over a record of editable fields: the patch is applied to the
 * record's current JSON form, and the result is bound and validated like a fresh request, so a
 * patch can neither add unknown fields nor smuggle in values a create would refuse.
 */
final class MergePatch {
  private MergePatch() {}

  static <T extends Record> T apply(T current, JsonObject patch, Validator validator) {
    JsonValue patched = Json.createMergePatch(patch).apply(JsonBinder.toJson(current));
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) current.getClass();
    T result = JsonBinder.bind(patched, type);
    Set<ConstraintViolation<T>> violations = validator.validate(result);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return result;
  }
}

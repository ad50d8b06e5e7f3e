package dev.sessionvault.application.search;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The wire name of one of the enumeration's constants ({@code in_progress}), or null: query records
 * carry enumerations as their wire names, so every caller is checked the same way.
 */
@Constraint(validatedBy = WireNameValidator.class)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface WireName {
  Class<? extends Enum<?>> value();

  String message() default "must be one of the allowed values";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

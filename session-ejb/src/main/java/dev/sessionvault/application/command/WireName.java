package dev.sessionvault.application.command;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The wire name of one of the constants of an enumeration of the domain ({@code in_progress}).
 * Query records carry enumerations as text, so that their callers need not know the domain's enums;
 * this rejects a name the service could not turn back into a constant.
 */
@Constraint(validatedBy = WireNameValidator.class)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface WireName {
  /** The enumeration whose constants' wire names are allowed. */
  Class<? extends Enum<?>> value();

  String message() default "must be one of the allowed values";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

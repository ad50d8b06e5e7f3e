package dev.sessionvault.application.command;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An agent name from the configured list ({@code sessionvault.agents} / {@code
 * SESSIONVAULT_AGENTS}).
 */
@Constraint(validatedBy = KnownAgentValidator.class)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownAgent {
  String message() default "must be one of the configured agents";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

package dev.sessionvault.application.command;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A session tag: 1–64 characters of lowercase letters, digits, '.', '_', ':' and '-'. */
@NotNull
@Pattern(regexp = "[a-z0-9._:-]{1,64}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Tag {
  String message() default
      "must be 1-64 characters of lowercase letters, digits, '.', '_', ':' or '-'";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Tags per session at most. */
  int MAX_PER_SESSION = 50;

  /** For a filter given more tags than a session can have. */
  String TOO_MANY = "at most " + MAX_PER_SESSION + " tags (a session has no more than that)";
}

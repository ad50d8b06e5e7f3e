package dev.sessionvault.application.command;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An amount in USD that a session's total can be (10 integer digits, 8 decimals), as a bound. */
@DecimalMin("0")
@DecimalMax(Cost.MAX)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Cost {
  /** The largest total a session can have. */
  String MAX = "9999999999.99999999";

  String message() default "must be between 0 and " + MAX;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

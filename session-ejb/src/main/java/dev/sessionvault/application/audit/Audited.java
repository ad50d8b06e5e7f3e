package dev.sessionvault.application.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method whose every call leaves one audit record: on success in the method's own
 * transaction (a rolled-back change leaves none), on failure or denial in a transaction of its own.
 * The audit interceptor, bound to every session bean, reads it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {
  /** What was done, as {@code <target>.<verb>}: {@code session.create}. */
  String action();

  /** The kind of thing acted on: {@code session}, {@code project}, {@code api-key}. */
  String target();

  /**
   * Which parameter holds the target's id, when it is not the result's {@code id()} nor the first
   * {@code UUID} parameter; -1 for that default.
   */
  int targetParameter() default -1;
}

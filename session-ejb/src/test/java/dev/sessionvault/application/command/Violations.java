package dev.sessionvault.application.command;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;

/**
 * Validates command records with Hibernate Validator, the way the server does, and describes each
 * violation as {@code "path @Constraint"} (e.g. {@code "tags[1] @Tag"}), independent of message
 * wording and locale.
 */
public final class Violations {
  private static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .defaultLocale(Locale.ENGLISH)
          .buildValidatorFactory()
          .getValidator();

  private Violations() {}

  public static SortedSet<String> of(Object command) {
    return VALIDATOR.validate(command).stream()
        .map(violation -> path(violation) + " @" + constraint(violation))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The messages of every violation, for constraints whose message is part of the API. */
  public static SortedSet<String> messages(Object command) {
    return VALIDATOR.validate(command).stream()
        .map(violation -> path(violation) + ": " + violation.getMessage())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String constraint(ConstraintViolation<?> violation) {
    return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
  }

  /** The path as a client wrote the document: {@code config.features[2]}. */
  private static String path(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable() && node.getIndex() != null) {
        path.append('[').append(node.getIndex()).append(']');
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        path.append(path.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    return path.toString();
  }
}

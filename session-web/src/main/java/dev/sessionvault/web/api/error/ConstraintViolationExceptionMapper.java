package dev.sessionvault.web.api.error;

import dev.sessionvault.domain.shared.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation failures (of service parameters and command records): 400 with one error per
 * violation, its path written the way the client sent the document ({@code tags[2]}, {@code
 * [3].role}, {@code config.maxMessages}).
 */
@Provider
public class ConstraintViolationExceptionMapper
    implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(violation -> new FieldError(path(violation), violation.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    String detail =
        errors.isEmpty()
            ? "The request is invalid"
            : (errors.get(0).field().isEmpty() ? "" : errors.get(0).field() + ": ")
                + errors.get(0).message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    return Problems.response(400, "validation", "The request is invalid", detail, Map.of(), errors);
  }

  /** The path inside the request document: method and parameter nodes are not part of it. */
  static String path(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (node.isInIterable() && node.getIndex() != null) {
        path.append('[').append(node.getIndex()).append(']');
      } else if (node.isInIterable() && node.getKey() != null) {
        path.append('.').append(node.getKey());
      }
      if (kind == ElementKind.PROPERTY && node.getName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(node.getName());
      }
    }
    return path.toString();
  }
}

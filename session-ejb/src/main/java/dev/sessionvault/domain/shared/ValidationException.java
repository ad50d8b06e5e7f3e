package dev.sessionvault.domain.shared;

import java.util.List;

/** The request breaks one or more input rules; every broken rule is listed with its field path. */
public class ValidationException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(summarize(errors));
    this.errors = List.copyOf(errors);
  }

  public ValidationException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String summarize(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one error");
    }
    FieldError first = errors.get(0);
    String where = first.field() == null || first.field().isEmpty() ? "" : first.field() + ": ";
    String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
    return where + first.message() + more;
  }
}

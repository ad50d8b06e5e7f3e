package dev.sessionvault.domain.search;

import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.WireNames;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The fields a query may name before a colon: {@code role:assistant}, {@code tool:Bash}, ... */
public enum QueryField {
  /** Who wrote the message. */
  ROLE(MessageRole.class),
  /** The tool a message called or answered, compared case-insensitively. */
  TOOL(null),
  /** A tag of the session. */
  TAG(null),
  /** The session's model; {@code *} is a wildcard. */
  MODEL(null),
  /** The assistant that recorded the session. */
  AGENT(null),
  /** The session's status. */
  STATUS(SessionStatus.class);

  private final Class<? extends Enum<?>> values;

  QueryField(Class<? extends Enum<?>> values) {
    this.values = values;
  }

  /** The name typed in a query: {@code role}. */
  public String wireName() {
    return WireNames.of(this);
  }

  /** The allowed values when the field has a closed set, lowercase; empty otherwise. */
  public List<String> allowedValues() {
    return values == null
        ? List.of()
        : Arrays.stream(values.getEnumConstants()).map(WireNames::of).toList();
  }

  public static Optional<QueryField> byName(String name) {
    return WireNames.parse(QueryField.class, name.toLowerCase(Locale.ROOT));
  }

  /** {@code agent, model, role, status, tag, tool}, for error messages. */
  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(QueryField::wireName).sorted().toList());
  }
}

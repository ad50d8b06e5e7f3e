package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.shared.WireNames;
import jakarta.persistence.AttributeConverter;

/** Stores enumerations by their lowercase wire name, which the schema's check constraints list. */
abstract class WireNameConverter<E extends Enum<E>> implements AttributeConverter<E, String> {
  private final Class<E> type;

  protected WireNameConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(E value) {
    return value == null ? null : WireNames.of(value);
  }

  @Override
  public E convertToEntityAttribute(String column) {
    return column == null
        ? null
        : WireNames.parse(type, column)
            .orElseThrow(
                () -> new IllegalStateException("unknown " + type.getSimpleName() + " " + column));
  }
}

package dev.sessionvault.domain.audit;

import java.util.Map;

/**
 * The text of an audit record's detail: written once when the record is made, and hashed into the
 * chain with it, so the same detail must always give the same text; read back to show the record.
 * Details are flat: names, counts, flags and lists of names, never content.
 */
public interface AuditDetailFormat {
  /** The text of {@code detail}, members in its order; enumerations by wire name. */
  String write(Map<String, ?> detail);

  /**
   * The detail as plain Java (maps, lists, strings, numbers, booleans, nulls), members in order.
   */
  Map<String, Object> read(String text);
}

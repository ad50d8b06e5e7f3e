package dev.sessionvault.application.command;

import java.util.function.BiFunction;

/**
 * One member of a partial update (a JSON Merge Patch, RFC 7386, once bound): not given keeps the
 * current value, given as null clears it, given with a value replaces it. Carried by edit commands
 * so that the service applies the edit to the state it has locked, in its own transaction.
 */
public record FieldEdit<T>(boolean given, T value) {
  private static final FieldEdit<?> KEEP = new FieldEdit<>(false, null);

  @SuppressWarnings("unchecked")
  public static <T> FieldEdit<T> keep() {
    return (FieldEdit<T>) KEEP;
  }

  /** A new value; {@code null} clears the field. */
  public static <T> FieldEdit<T> set(T value) {
    return new FieldEdit<>(true, value);
  }

  /** A missing edit (a caller that built the command by hand) keeps the value too. */
  public static <T> FieldEdit<T> orKeep(FieldEdit<T> edit) {
    return edit == null ? keep() : edit;
  }

  /** The value after the edit. */
  public T applyTo(T current) {
    return given ? value : current;
  }

  /**
   * The value after the edit, for members that are objects: a given value is merged into the
   * current one (as a merge patch merges objects) instead of replacing it; null still clears.
   */
  public <R> R mergeInto(R current, BiFunction<R, T, R> merge) {
    if (!given) {
      return current;
    }
    return value == null ? null : merge.apply(current, value);
  }
}

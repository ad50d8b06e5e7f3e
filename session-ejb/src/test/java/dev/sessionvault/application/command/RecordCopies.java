package dev.sessionvault.application.command;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Copies a record with one component replaced, so that a test changes exactly one member. */
public final class RecordCopies {
  private RecordCopies() {}

  public static <R extends Record> R with(R record, String component, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] arguments = new Object[components.length];
    boolean found = false;
    try {
      for (int i = 0; i < components.length; i++) {
        boolean replaced = components[i].getName().equals(component);
        found |= replaced;
        arguments[i] = replaced ? value : components[i].getAccessor().invoke(record);
      }
      if (!found) {
        throw new IllegalArgumentException(
            record.getClass().getSimpleName() + " has no " + component);
      }
      Constructor<?> canonical =
          record
              .getClass()
              .getDeclaredConstructor(
                  Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      @SuppressWarnings("unchecked")
      R copy = (R) canonical.newInstance(arguments);
      return copy;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.sessionvault.domain.shared;

import java.util.EnumSet;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.EventTypeSets;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/** Generates what {@link AssignableUuid} promises: the id given, else a new version 7 UUID. */
public class AssignableUuidGenerator implements BeforeExecutionGenerator {
  @Override
  public Object generate(
      SharedSessionContractImplementor session,
      Object owner,
      Object currentValue,
      EventType eventType) {
    return currentValue != null
        ? currentValue
        : UuidVersion7Strategy.INSTANCE.generateUuid(session);
  }

  @Override
  public EnumSet<EventType> getEventTypes() {
    return EventTypeSets.INSERT_ONLY;
  }

  @Override
  public boolean allowAssignedIdentifiers() {
    return true;
  }
}

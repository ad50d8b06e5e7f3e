package dev.sessionvault.domain.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.annotations.IdGeneratorType;

/**
 * A time-ordered (version 7) UUID generated on insert, unless the entity already carries one: a
 * restore from a backup keeps the ids it had. Hibernate's own {@code @UuidGenerator} always
 * overwrites an assigned id.
 */
@IdGeneratorType(AssignableUuidGenerator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface AssignableUuid {}

/**
 * JPA repositories (no transaction annotations: the calling service owns the transaction), enum
 * converters, Flyway migrations run inside Hibernate's bootstrap, and Hibernate's bean container.
 */
package dev.sessionvault.infrastructure.persistence;

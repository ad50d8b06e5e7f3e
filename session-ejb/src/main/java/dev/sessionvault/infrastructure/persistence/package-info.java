/**
 * JPA repositories (no transaction annotations: the calling service owns the transaction), enum
 * converters, Flyway migrations run inside Hibernate's bootstrap, and Hibernate's bean container;
 * H2's durable commits in {@code h2}.
 */
package dev.sessionvault.infrastructure.persistence;

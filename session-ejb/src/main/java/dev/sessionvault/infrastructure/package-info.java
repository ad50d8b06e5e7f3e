/** Adapters to technology: JPA repositories, schema migrations, the search index, identity. */
package dev.sessionvault.infrastructure;

/**
 * Application services: the use cases of Session Vault, here those of sessions and projects, in
 * {@code identity}, {@code audit} and {@code search} the others. Their {@code @Stateless}
 * implementations in {@code internal} are the only transaction boundary; commands come in and views
 * go out as records.
 */
package dev.sessionvault.application;

/**
 * Application services: the use cases of Session Vault. Their {@code @Stateless} implementations in
 * {@code internal} are the only transaction boundary; commands come in and views go out as records.
 */
package dev.sessionvault.application;

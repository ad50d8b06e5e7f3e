/**
 * {@code @Stateless} implementations of the application services: the only transaction boundary.
 */
package dev.sessionvault.application.internal;

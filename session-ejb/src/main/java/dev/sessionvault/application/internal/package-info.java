/**
 * {@code @Stateless} implementations of the application services: the only transaction boundary.
 * Here those of sessions and projects and the helpers every service uses (views, project scope,
 * parameter validation); subpackages per use case hold the others.
 */
package dev.sessionvault.application.internal;

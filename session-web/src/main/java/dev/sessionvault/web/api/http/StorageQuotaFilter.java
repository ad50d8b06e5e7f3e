package dev.sessionvault.web.api.http;

import dev.sessionvault.application.retention.StorageService;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Refuses a request that would store new content while the caller's account is at its quota. */
@Provider
@AddsContent
@Priority(Priorities.USER)
public class StorageQuotaFilter implements ContainerRequestFilter {
  @Inject StorageService storage;

  @Override
  public void filter(ContainerRequestContext request) {
    storage.requireRoom();
  }
}

package dev.sessionvault.application.view.identity;

import java.util.UUID;

/** A new console sign-in: its id, the token for the cookie (never in a body), and its view. */
public record ConsoleStart(UUID id, String token, ConsoleSessionView session) {
  @Override
  public String toString() {
    return "ConsoleStart[" + id + "]";
  }
}

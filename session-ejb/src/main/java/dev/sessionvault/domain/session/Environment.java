package dev.sessionvault.domain.session;

/** Where the assistant ran. */
public enum Environment {
  LOCAL,
  VSCODE,
  JETBRAINS,
  CI,
  WEB,
  OTHER
}

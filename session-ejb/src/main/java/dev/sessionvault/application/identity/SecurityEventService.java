package dev.sessionvault.application.identity;

/** Security events the web layer sees first. */
public interface SecurityEventService {
  /**
   * Records that the caller was refused (its role does not allow the operation), unless the refused
   * operation already recorded it.
   */
  void accessDenied(String method, String path);
}

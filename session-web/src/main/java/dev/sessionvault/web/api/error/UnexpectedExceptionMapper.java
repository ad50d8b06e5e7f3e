package dev.sessionvault.web.api.error;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. Some database outcomes are the client's to retry or resolve: a concurrent
 * modification or a unique key taken by a concurrent request (409), a value beyond what a column
 * holds or a NUL character in text (400; the commands' limits should catch these first). The rest
 * is a server error: logged with an incident id, answered without a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  /** SQLSTATE class 23: integrity constraint violation (unique key, foreign key). */
  private static final String INTEGRITY_VIOLATION = "23";

  /** SQLSTATE class 22: data exception (a value too long or out of range for its column). */
  private static final String DATA_EXCEPTION = "22";

  /**
   * PostgreSQL's text cannot hold a NUL character: 22021 (character not in repertoire) and 22P05
   * (untranslatable character).
   */
  private static final java.util.Set<String> NOT_TEXT = java.util.Set.of("22021", "22P05");

  @Override
  public Response toResponse(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          || cause instanceof PessimisticLockException
          || cause instanceof LockTimeoutException) {
        return Problems.response(
            409,
            "concurrent-modification",
            "Conflict",
            "the resource was modified by a concurrent request; read it again and retry");
      }
      String sqlState = cause instanceof SQLException sql ? sql.getSQLState() : null;
      if (sqlState != null && NOT_TEXT.contains(sqlState)) {
        return Problems.response(
            400,
            "validation",
            "The request is invalid",
            "a text value contains a NUL character (\\u0000) or bytes that are not text;"
                + " remove them");
      }
      if (sqlState != null && sqlState.startsWith(DATA_EXCEPTION)) {
        return Problems.response(
            400,
            "validation",
            "The request is invalid",
            "a value is too large for what Session Vault stores; shorten or reduce it");
      }
      if (sqlState != null && sqlState.startsWith(INTEGRITY_VIOLATION)) {
        return Problems.response(
            409,
            "conflict",
            "Conflict",
            "the request conflicts with data written concurrently (a unique key or a reference);"
                + " read the current state and retry");
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
    return Problems.response(
        500,
        "server-error",
        "Server error",
        "The server failed to handle the request; incident " + incident + " has been logged");
  }
}

package dev.sessionvault.web.logging;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.web.security.VaultAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Names the request as it arrives (the id the API answers in X-Request-Id and the audit trail
 * records: the client's own when it sent a plain one) and puts that id on every log line written
 * while it runs, sign-in included: Liberty's JSON log format shows it as {@code ext_requestId}
 * (SESSIONVAULT_LOG_FORMAT=json), so one request's lines can be found together.
 */
@WebListener
public class RequestIdLogging implements ServletRequestListener {
  private static final String EXTENSION = "requestId";

  @Inject AuditContext audit;

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    if (event.getServletRequest() instanceof HttpServletRequest request) {
      audit.arrive(
          request.getHeader(VaultAuthenticationMechanism.REQUEST_ID_HEADER),
          request.getRemoteAddr());
      LogRecordContext.addExtension(EXTENSION, audit.requestId());
    }
  }

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    LogRecordContext.removeExtension(EXTENSION);
  }
}

package dev.sessionvault.application.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the audit trail records about the current request beyond the caller: its id and client
 * address (set by the web layer as the request arrives), and what the running audited operation
 * adds (details, or its target where the interceptor cannot see it).
 */
@RequestScoped
public class AuditContext {
  /** A client-chosen request id is kept only when it is short and plain. */
  private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private String requestId;
  private String clientAddress;
  private UUID account;
  private String targetId;
  private final Map<String, Object> detail = new LinkedHashMap<>();
  private boolean denialRecorded;
  private boolean system;

  /**
   * Called as the request arrives (the first call counts); a missing or unusable request id gets a
   * fresh one.
   */
  public void arrive(String clientRequestId, String clientAddress) {
    if (this.requestId != null) {
      return;
    }
    this.requestId =
        clientRequestId != null && PLAIN_ID.matcher(clientRequestId).matches()
            ? clientRequestId
            : UUID.randomUUID().toString();
    this.clientAddress = clientAddress;
  }

  public String requestId() {
    if (requestId == null) {
      requestId = UUID.randomUUID().toString();
    }
    return requestId;
  }

  public String clientAddress() {
    return clientAddress;
  }

  /** Adds a detail to the running operation's record: field names, counts; never content. */
  public void detail(String name, Object value) {
    detail.put(name, value);
  }

  /** Names the running operation's target, where neither its result nor its parameters show it. */
  public void target(Object id) {
    targetId = id == null ? null : id.toString();
  }

  /** Files the running operation's record in this account's chain rather than the caller's. */
  public void account(UUID accountId) {
    account = accountId;
  }

  /**
   * Marks what runs from here on in this context as the server's own doing (a timer), recorded with
   * the system as its actor.
   */
  public void actAsSystem() {
    system = true;
  }

  public boolean system() {
    return system;
  }

  /** Starts an audited operation with nothing noted yet. */
  public void startOperation() {
    detail.clear();
    targetId = null;
    account = null;
  }

  public Map<String, Object> details() {
    return detail;
  }

  public String targetId() {
    return targetId;
  }

  public UUID accountOverride() {
    return account;
  }

  /** Whether this request's denial is already in the audit trail. */
  public boolean denialRecorded() {
    return denialRecorded;
  }

  public void markDenialRecorded() {
    denialRecorded = true;
  }
}

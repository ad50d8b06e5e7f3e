package dev.sessionvault.domain.shared;

/**
 * Root of every error the application reports to a client. Declared an application exception with
 * rollback in ejb-jar.xml, so the EJB container neither wraps it nor commits the failed
 * transaction.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected DomainException(String message) {
    super(message);
  }
}

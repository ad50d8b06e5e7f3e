package dev.sessionvault.application.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionvault.domain.session.IllegalStatusTransitionException;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditInterceptorTest {
  @Test
  void errorsAreNamedAfterTheirException() {
    assertEquals(
        "constraint-violation",
        AuditInterceptor.errorName(new ConstraintViolationException(Set.of())));
    assertEquals("illegal-state", AuditInterceptor.errorName(new IllegalStateException()));
    assertEquals(
        "illegal-status-transition",
        AuditInterceptor.errorName(
            new IllegalStatusTransitionException(
                dev.sessionvault.domain.session.SessionStatus.COMPLETED,
                dev.sessionvault.domain.session.SessionStatus.ACTIVE)));
  }
}

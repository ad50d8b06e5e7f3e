package dev.sessionvault.application.internal;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Validates the parameters of every service call against the constraints declared on the service
 * interfaces (Bean Validation method validation), before the transaction does any work. Bound to
 * all session beans in ejb-jar.xml: Liberty does not apply Bean Validation's own interceptor to
 * EJBs.
 */
public class ParameterValidation {
  @Inject Validator validator;

  @AroundInvoke
  public Object validate(InvocationContext invocation) throws Exception {
    Set<ConstraintViolation<Object>> violations =
        validator
            .forExecutables()
            .validateParameters(
                invocation.getTarget(), invocation.getMethod(), invocation.getParameters());
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return invocation.proceed();
  }
}

package org.tribunal.access.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Lets refusals by method security leave Spring MVC untouched, ahead of any catch-all exception
 * handler, so Spring Security's exception translation answers them: 401 or 403 problem+json on the
 * API, a redirect to the login page or 403 page in the UI.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityExceptionPassthrough {

  @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
  void rethrow(RuntimeException refusal) {
    throw refusal;
  }
}

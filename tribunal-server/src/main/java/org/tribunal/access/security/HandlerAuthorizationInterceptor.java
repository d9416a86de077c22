package org.tribunal.access.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a handler's {@code @PreAuthorize} rule before Spring MVC reads and validates the request
 * body, so a refused caller gets 401/403, never a 400 that reveals the body's shape. Rules that
 * refer to method arguments ({@code #name}) can only be checked by method security, after binding.
 */
final class HandlerAuthorizationInterceptor implements HandlerInterceptor {

  private final PreAuthorizeAuthorizationManager manager;

  HandlerAuthorizationInterceptor(PreAuthorizeAuthorizationManager manager) {
    this.manager = manager;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method && !refersToArguments(method)) {
      manager.verify(
          () -> SecurityContextHolder.getContext().getAuthentication(),
          new SimpleMethodInvocation(method.getBean(), method.getMethod()));
    }
    return true;
  }

  private static boolean refersToArguments(HandlerMethod method) {
    PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
    if (rule == null) {
      rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
    }
    return rule != null && rule.value().contains("#");
  }
}

package org.tribunal.access.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.domain.AuditLog;
import org.tribunal.access.domain.AuditRecord;
import org.tribunal.access.domain.CurrentUsers;

/**
 * Writes every write request (any method but GET, HEAD, OPTIONS, TRACE) to the access audit after it
 * finished, with the outcome status, also when it failed or was refused. Who is the user after the
 * request (a login) or before it (a logout). Only the path is recorded, never the query or the body,
 * so no password or token reaches the audit; for a login the attempted user name is the object.
 */
final class WriteAuditFilter extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final AuditLog audit;

  WriteAuditFilter(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return READS.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String before = username(SecurityContextHolder.getContext().getAuthentication());
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException failure) {
      try {
        record(request, before, 500);
      } catch (RuntimeException auditFailure) {
        failure.addSuppressed(auditFailure);
      }
      throw failure;
    }
    record(request, before, response.getStatus());
  }

  private void record(HttpServletRequest request, String before, int status) {
    String after = username(SecurityContextHolder.getContext().getAuthentication());
    String who = CurrentUser.ANONYMOUS_USERNAME.equals(after) ? before : after;
    Object described = request.getAttribute(RequestAccessAudit.OBJECT_REF_ATTRIBUTE);
    audit.append(new AuditRecord(
        who,
        AuditRecord.WRITE,
        request.getMethod(),
        request.getRequestURI(),
        status,
        described instanceof String ref ? ref : loginAttempt(request),
        request.getRemoteAddr()));
  }

  private static @Nullable String loginAttempt(HttpServletRequest request) {
    if ("/login".equals(request.getServletPath()) && "POST".equals(request.getMethod())) {
      String username = request.getParameter("username");
      return username == null ? null : "login:" + username.strip();
    }
    return null;
  }

  private static String username(@Nullable Authentication authentication) {
    return CurrentUsers.of(authentication).username();
  }
}

package org.tribunal.access.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tribunal.access.ApiTokens;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.domain.AccountPrincipal;

/**
 * Authenticates {@code Authorization: Bearer <token>} on the API chain. A request without the header
 * goes on anonymously (public reads work); a request with an unknown, revoked or disabled user's token
 * is refused with 401 at once, never downgraded to anonymous.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "bearer ";

  private final ApiTokens tokens;
  private final AuthenticationEntryPoint entryPoint;

  BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
    this.tokens = tokens;
    this.entryPoint = entryPoint;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    Optional<CurrentUser> user = tokens.authenticate(header.substring(BEARER.length()).strip());
    if (user.isEmpty()) {
      SecurityContextHolder.clearContext();
      entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked token"));
      return;
    }
    AccountPrincipal principal = AccountPrincipal.of(user.get());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }
}

package org.tribunal.access.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers refused API requests with RFC 9457 problem+json: 401 {@code /problems/unauthenticated}
 * (with {@code WWW-Authenticate: Bearer}) and 403 {@code /problems/access-denied}. The detail never
 * says whether a token exists or why it failed.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tribunal\"");
    write(response, 401, "unauthenticated", "Authentication required",
        "This request needs a valid API token: 'Authorization: Bearer <token>'.", request);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    write(response, 403, "access-denied", "Access denied",
        "Your roles do not allow this request.", request);
  }

  private static void write(
      HttpServletResponse response, int status, String slug, String title, String detail,
      HttpServletRequest request) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"/problems/" + slug + "\",\"title\":\"" + title
        + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "\\\"")
        + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

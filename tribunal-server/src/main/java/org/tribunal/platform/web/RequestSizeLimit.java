package org.tribunal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies larger than {@code tribunal.api.max-body-size} (default 1 MB) with a 413
 * problem, before anything reads them. Uploads that may be large have their own endpoints and limits
 * (multipart bodies, and the evidence vault's raw-body upload {@code POST /api/v1/evidence}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

  private final long maxBytes;

  RequestSizeLimit(@Value("${tribunal.api.max-body-size:1MB}") DataSize maxBodySize) {
    this.maxBytes = maxBodySize.toBytes();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/")
        || request.getContentType() == null
        || request.getContentType().startsWith("multipart/")
        || isEvidenceStream(request);
  }

  /** The evidence vault's raw-body upload: it streams to disk under the vault's own size limit. */
  private static boolean isEvidenceStream(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && "/api/v1/evidence".equals(request.getRequestURI())
        && request.getContentType().startsWith("application/octet-stream");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length > maxBytes) {
      response.setStatus(413);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"/problems/payload-too-large\",\"title\":\"Request body too large\",\"status\":413,"
                  + "\"detail\":\"The request body has "
                  + length
                  + " bytes; the limit is "
                  + maxBytes
                  + " bytes\",\"limit\":"
                  + maxBytes
                  + "}");
      return;
    }
    chain.doFilter(request, response);
  }
}

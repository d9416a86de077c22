package org.tribunal.access.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tribunal.access.AccessAudit;
import org.tribunal.access.AccessQueries;
import org.tribunal.access.domain.AuditLog;
import org.tribunal.access.domain.AuditRecord;

/** {@link AccessAudit} for code running in a request: who, path and address come from it. */
@Service
class RequestAccessAudit implements AccessAudit {

  /** Request attribute holding the object reference a write named via {@link #describeWrite}. */
  static final String OBJECT_REF_ATTRIBUTE = RequestAccessAudit.class.getName() + ".objectRef";

  private final AuditLog log;
  private final AccessQueries queries;

  RequestAccessAudit(AuditLog log, AccessQueries queries) {
    this.log = log;
    this.queries = queries;
  }

  @Override
  public void recordRead(String objectRef) {
    record("READ", objectRef);
  }

  @Override
  public void record(String action, String objectRef) {
    HttpServletRequest request = currentRequest();
    log.append(new AuditRecord(
        queries.currentUser().username(),
        action,
        request == null ? null : request.getMethod(),
        request == null ? null : request.getRequestURI(),
        null,
        objectRef,
        request == null ? null : request.getRemoteAddr()));
  }

  @Override
  public void describeWrite(String objectRef) {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes != null) {
      attributes.setAttribute(OBJECT_REF_ATTRIBUTE, objectRef, RequestAttributes.SCOPE_REQUEST);
    }
  }

  private static @Nullable HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? attributes.getRequest()
        : null;
  }
}

package org.tribunal.access.domain;

import org.jspecify.annotations.Nullable;

/**
 * An access audit entry about to be written; the time is the database's clock.
 *
 * @param username who ({@code anonymous} for the public)
 * @param action {@code WRITE} for a write request, or a verb such as {@code READ}
 * @param method the HTTP method, if any
 * @param path the request path without query, if any
 * @param status the outcome status, if known
 * @param objectRef the object touched, if known
 * @param remoteAddress from where, if known
 */
public record AuditRecord(
    String username,
    String action,
    @Nullable String method,
    @Nullable String path,
    @Nullable Integer status,
    @Nullable String objectRef,
    @Nullable String remoteAddress) {

  /** The action of entries recorded for write requests. */
  public static final String WRITE = "WRITE";
}

package org.tribunal.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the access audit.
 *
 * @param id increasing identifier
 * @param at when (UTC)
 * @param username who ({@link CurrentUser#ANONYMOUS_USERNAME} for the public)
 * @param action {@code WRITE} for a write request, or the action given to {@link AccessAudit#record}
 * @param method the HTTP method, if any
 * @param path the request path without query, if any
 * @param status the HTTP outcome status of a write, if known
 * @param objectRef the object touched, if known
 * @param remoteAddress from where, if known
 */
public record AuditEntry(
    long id,
    Instant at,
    String username,
    String action,
    @Nullable String method,
    @Nullable String path,
    @Nullable Integer status,
    @Nullable String objectRef,
    @Nullable String remoteAddress) {}

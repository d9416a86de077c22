package org.tribunal.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Filters on the access audit; every {@code null} filter matches everything.
 *
 * @param username exact user name
 * @param action exact action, e.g. {@code WRITE} or {@code READ}
 * @param pathPrefix the request path starts with this
 * @param from at or after this instant
 * @param to before this instant
 */
public record AuditQuery(
    @Nullable String username,
    @Nullable String action,
    @Nullable String pathPrefix,
    @Nullable Instant from,
    @Nullable Instant to) {

  /** A query matching every entry. */
  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null);
  }
}

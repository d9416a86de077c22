package org.tribunal.access;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An API token without its secret.
 *
 * @param id the token's identifier
 * @param username the user the token acts as
 * @param name what the token is for
 * @param createdAt when it was issued (UTC)
 * @param createdBy the administrator who issued it
 * @param lastUsedAt when it last authenticated a request, to the minute, or {@code null}
 * @param revokedAt when it was revoked, or {@code null} while it is valid
 */
public record ApiTokenView(
    UUID id,
    String username,
    String name,
    Instant createdAt,
    String createdBy,
    @Nullable Instant lastUsedAt,
    @Nullable Instant revokedAt) {

  /** Whether the token was revoked. */
  public boolean isRevoked() {
    return revokedAt != null;
  }
}

package org.tribunal.access;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/**
 * A user account as administrators see it (never with its password hash).
 *
 * @param username the unique login name
 * @param displayName the name shown in pages
 * @param roles the roles held
 * @param state the bound state of a delegation, otherwise {@code null}
 * @param enabled whether the user may sign in and use tokens
 * @param clearance the highest classification the user may read
 * @param compartments the need-to-know compartments
 * @param createdAt when the account was created (UTC)
 */
public record UserView(
    String username,
    String displayName,
    Set<Role> roles,
    @Nullable StateCode state,
    boolean enabled,
    Classification clearance,
    Set<String> compartments,
    Instant createdAt) {

  public UserView {
    roles = Set.copyOf(roles);
    compartments = Set.copyOf(compartments);
  }
}

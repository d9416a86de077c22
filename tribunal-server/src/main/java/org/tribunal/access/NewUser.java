package org.tribunal.access;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.StateCode;

/**
 * A command to create a user.
 *
 * @param username 2 to 64 characters: lower-case letters, digits, {@code . _ -}; upper case is
 *     folded to lower case
 * @param displayName the name shown in pages, not blank
 * @param roles the roles to hold
 * @param state the state of a {@link Role#DELEGATION} user; must be {@code null} otherwise
 * @param password the initial password (at least 12 characters), or {@code null} to generate one
 */
public record NewUser(
    String username, String displayName, Set<Role> roles, @Nullable StateCode state, @Nullable String password) {

  public NewUser {
    roles = Set.copyOf(roles);
  }

  @Override
  public String toString() {
    return "NewUser[username=" + username + ", roles=" + roles + ", state=" + state + "]";
  }
}

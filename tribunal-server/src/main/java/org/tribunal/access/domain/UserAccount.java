package org.tribunal.access.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.InvalidUserException;
import org.tribunal.access.Role;
import org.tribunal.access.UserView;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/**
 * A stored user account. The role/state binding rule lives here: a DELEGATION user is bound to
 * exactly one state, any other user to none.
 */
record UserAccount(
    UUID id,
    String username,
    String displayName,
    String passwordHash,
    Set<Role> roles,
    @Nullable StateCode state,
    boolean enabled,
    Classification clearance,
    Set<String> compartments,
    Instant createdAt) {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  UserAccount {
    roles = Set.copyOf(roles);
    compartments = Set.copyOf(compartments);
    checkBinding(roles, state);
  }

  /** Folds {@code raw} to lower case and checks it is a valid user name. */
  static String username(@Nullable String raw) {
    if (raw == null) {
      throw InvalidUserException.badUsername("");
    }
    String folded = raw.strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(folded).matches()) {
      throw InvalidUserException.badUsername(raw);
    }
    return folded;
  }

  static void checkBinding(Set<Role> roles, @Nullable StateCode state) {
    if (roles.contains(Role.DELEGATION) && state == null) {
      throw InvalidUserException.delegationWithoutState();
    }
    if (!roles.contains(Role.DELEGATION) && state != null) {
      throw InvalidUserException.stateWithoutDelegation();
    }
  }

  private static final Pattern COMPARTMENT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  UserAccount withClearance(Classification newClearance, Set<String> newCompartments) {
    for (String compartment : newCompartments) {
      if (!COMPARTMENT.matcher(compartment).matches()) {
        throw InvalidUserException.badCompartment(compartment);
      }
    }
    return new UserAccount(
        id, username, displayName, passwordHash, roles, state, enabled, newClearance, newCompartments, createdAt);
  }

  UserAccount withRoles(Set<Role> newRoles, @Nullable StateCode newState) {
    return new UserAccount(
        id, username, displayName, passwordHash, newRoles, newState, enabled, clearance, compartments,
        createdAt);
  }

  UserView toView() {
    return new UserView(username, displayName, roles, state, enabled, clearance, compartments, createdAt);
  }

  CurrentUser toCurrentUser() {
    return new CurrentUser(username, displayName, roles, state, clearance, compartments);
  }
}

package org.tribunal.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/**
 * Who is making the current request: the anonymous public or a signed-in user with roles, an
 * optional state (delegations), a clearance level and compartments.
 *
 * <p>Immutable. A read of a classified record needs both {@link #mayRead(Classification, Set)}
 * conditions, for every role including {@link Role#ADMIN}.
 *
 * @param username the unique login name, {@code "anonymous"} for the public
 * @param displayName the name shown in pages and the audit
 * @param roles the roles held (empty for the public)
 * @param state the state a {@link Role#DELEGATION} user is bound to, otherwise {@code null}
 * @param clearance the highest classification the user may read
 * @param compartments the need-to-know compartments the user belongs to
 */
public record CurrentUser(
    String username,
    String displayName,
    Set<Role> roles,
    @Nullable StateCode state,
    Classification clearance,
    Set<String> compartments) {

  /** The user name reported for anonymous callers. */
  public static final String ANONYMOUS_USERNAME = "anonymous";

  private static final CurrentUser ANONYMOUS = new CurrentUser(
      ANONYMOUS_USERNAME, "Public", Set.of(), null, Classification.PUBLIC, Set.of());

  public CurrentUser {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    Objects.requireNonNull(clearance, "clearance");
    compartments = Set.copyOf(compartments);
  }

  /** The anonymous public: no roles, PUBLIC clearance, no compartments. */
  public static CurrentUser anonymous() {
    return ANONYMOUS;
  }

  /** Whether this is the anonymous public rather than a signed-in user. */
  public boolean isAnonymous() {
    return this.equals(ANONYMOUS);
  }

  /** Whether the user holds {@code role}. */
  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** Whether the user holds at least one of {@code candidates}. */
  public boolean hasAnyRole(Role... candidates) {
    return Arrays.stream(candidates).anyMatch(roles::contains);
  }

  /** Whether the user is the delegation of {@code stateCode}. */
  public boolean isDelegationOf(StateCode stateCode) {
    return hasRole(Role.DELEGATION) && stateCode.equals(state);
  }

  /**
   * Whether the user may read a record of {@code level} restricted to {@code requiredCompartments}:
   * the clearance dominates the level and the user is in every required compartment.
   *
   * @param level the record's classification
   * @param requiredCompartments the record's compartments, empty when none
   * @return {@code true} only when both conditions hold
   */
  public boolean mayRead(Classification level, Set<String> requiredCompartments) {
    return clearance.dominates(level) && compartments.containsAll(requiredCompartments);
  }
}

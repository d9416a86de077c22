package org.tribunal.access;

/**
 * A role a signed-in user holds. Anonymous callers hold no role: they are the public.
 *
 * <p>Rules name roles without the {@code ROLE_} prefix, e.g.
 * {@code @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")}.
 */
public enum Role {
  /** The coalition secretariat: records memberships, instrument actions, statements, meetings. */
  SECRETARIAT,
  /** A state's delegation, bound to exactly one state. */
  DELEGATION,
  /** The registrar: evidence vault, chain of custody, keys and witnesses. */
  REGISTRAR,
  /** An administrator: users, tokens and the access audit. */
  ADMIN;

  /** The Spring Security authority for this role, e.g. {@code ROLE_ADMIN}. */
  public String authority() {
    return "ROLE_" + name();
  }
}

package org.tribunal.access.domain;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.Role;
import org.tribunal.shared.Classification;

/** Turns a Spring Security authentication into the {@link CurrentUser} it stands for. */
public final class CurrentUsers {

  private CurrentUsers() {}

  /**
   * The user behind {@code authentication}. Authentications made outside this module (e.g. by
   * {@code @WithMockUser} in tests) give their name and roles, PUBLIC clearance and no state.
   *
   * @return {@link CurrentUser#anonymous()} for {@code null}, unauthenticated or anonymous ones
   */
  public static CurrentUser of(@Nullable Authentication authentication) {
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return CurrentUser.anonymous();
    }
    if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
      return principal.user();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      for (Role role : Role.values()) {
        if (role.authority().equals(authority.getAuthority())) {
          roles.add(role);
        }
      }
    }
    return new CurrentUser(
        authentication.getName(), authentication.getName(), roles, null, Classification.PUBLIC, Set.of());
  }
}

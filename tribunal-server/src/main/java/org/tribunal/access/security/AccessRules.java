package org.tribunal.access.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.domain.CurrentUsers;
import org.tribunal.shared.StateCode;

/**
 * Rules for {@code @PreAuthorize} expressions, as bean {@code @access}, e.g.
 * {@code @PreAuthorize("hasRole('SECRETARIAT') or @access.isDelegationOf(#code)")}.
 */
@Component("access")
public class AccessRules {

  /** Whether the caller is the delegation bound to the state {@code stateCode} (ISO alpha-3). */
  public boolean isDelegationOf(String stateCode) {
    CurrentUser user = CurrentUsers.of(SecurityContextHolder.getContext().getAuthentication());
    return stateCode.matches("[A-Za-z]{3}") && user.isDelegationOf(StateCode.of(stateCode.toUpperCase(java.util.Locale.ROOT)));
  }
}

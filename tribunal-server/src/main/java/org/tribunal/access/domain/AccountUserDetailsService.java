package org.tribunal.access.domain;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for form login; Spring Security checks the password hash and the enabled flag. */
@Service
class AccountUserDetailsService implements UserDetailsService {

  private final UserAccountRepository accounts;

  AccountUserDetailsService(UserAccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return accounts.find(username.strip().toLowerCase(Locale.ROOT))
        .map(AccountPrincipal::forLogin)
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}

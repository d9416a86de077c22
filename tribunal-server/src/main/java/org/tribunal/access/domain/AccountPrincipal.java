package org.tribunal.access.domain;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.Role;

/**
 * The principal of every authenticated request, by form login or API token. Rules may use
 * {@code principal.user()} to reach the {@link CurrentUser}.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

  private final CurrentUser user;
  private final boolean enabled;
  private @Nullable String passwordHash;

  private AccountPrincipal(CurrentUser user, boolean enabled, @Nullable String passwordHash) {
    this.user = user;
    this.enabled = enabled;
    this.passwordHash = passwordHash;
  }

  static AccountPrincipal forLogin(UserAccount account) {
    return new AccountPrincipal(account.toCurrentUser(), account.enabled(), account.passwordHash());
  }

  /** A principal for a request authenticated another way (a token, a test), without credentials. */
  public static AccountPrincipal of(CurrentUser user) {
    return new AccountPrincipal(user, true, null);
  }

  /** The user this principal acts as. */
  public CurrentUser user() {
    return user;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<SimpleGrantedAuthority> authorities = user.roles().stream()
        .map(Role::authority)
        .map(SimpleGrantedAuthority::new)
        .toList();
    return authorities;
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AccountPrincipal that && that.user.username().equals(user.username());
  }

  @Override
  public int hashCode() {
    return user.username().hashCode();
  }

  @Override
  public String toString() {
    return "AccountPrincipal[" + user.username() + " " + user.roles() + "]";
  }
}

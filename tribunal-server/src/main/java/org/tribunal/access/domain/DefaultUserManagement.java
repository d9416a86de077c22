package org.tribunal.access.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.access.CreatedUser;
import org.tribunal.access.InvalidUserException;
import org.tribunal.access.NewUser;
import org.tribunal.access.Role;
import org.tribunal.access.UnknownUserException;
import org.tribunal.access.UserManagement;
import org.tribunal.access.UserView;
import org.tribunal.access.UsernameTakenException;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/** User administration on {@link UserAccountRepository}; passwords are hashed by the delegating encoder. */
@Service
class DefaultUserManagement implements UserManagement {

  static final int MIN_PASSWORD_LENGTH = 12;

  private final UserAccountRepository accounts;
  private final PasswordEncoder passwordEncoder;

  DefaultUserManagement(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
  }

  @Override
  @Transactional
  public CreatedUser create(NewUser newUser) {
    String username = UserAccount.username(newUser.username());
    String displayName = text("displayName", newUser.displayName(), 200);
    String password = newUser.password() == null ? RandomSecrets.password() : newUser.password();
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw InvalidUserException.weakPassword(MIN_PASSWORD_LENGTH);
    }
    UserAccount account = new UserAccount(
        UUID.randomUUID(),
        username,
        displayName,
        passwordEncoder.encode(password),
        newUser.roles(),
        newUser.state(),
        true,
        Classification.PUBLIC,
        Set.of(),
        Instant.now().truncatedTo(ChronoUnit.MICROS));
    if (accounts.exists(username)) {
      throw UsernameTakenException.named(username);
    }
    accounts.insert(account);
    return new CreatedUser(account.toView(), password);
  }

  @Override
  @Transactional(readOnly = true)
  public List<UserView> list() {
    return accounts.all().stream().map(UserAccount::toView).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public UserView get(String username) {
    return existing(username).toView();
  }

  @Override
  @Transactional
  public UserView assignRoles(String username, Set<Role> roles, @Nullable StateCode state) {
    UserAccount changed = existing(username).withRoles(roles, state);
    accounts.updateRoles(changed);
    return changed.toView();
  }

  @Override
  @Transactional
  public UserView grantClearance(String username, Classification clearance, Set<String> compartments) {
    UserAccount changed = existing(username).withClearance(clearance, compartments);
    accounts.updateClearance(changed);
    return changed.toView();
  }

  @Override
  @Transactional
  public UserView disable(String username) {
    UserAccount account = existing(username);
    accounts.updateEnabled(account.id(), false);
    return existing(username).toView();
  }

  @Override
  @Transactional
  public UserView enable(String username) {
    UserAccount account = existing(username);
    accounts.updateEnabled(account.id(), true);
    return existing(username).toView();
  }

  @Override
  @Transactional
  public CreatedUser resetPassword(String username) {
    UserAccount account = existing(username);
    String password = RandomSecrets.password();
    accounts.updatePasswordHash(account.id(), passwordEncoder.encode(password));
    return new CreatedUser(account.toView(), password);
  }

  private UserAccount existing(String username) {
    return accounts.find(username.strip().toLowerCase(java.util.Locale.ROOT))
        .orElseThrow(() -> UnknownUserException.named(username));
  }

  static String text(String field, @Nullable String value, int maxLength) {
    if (value == null || value.isBlank() || value.strip().length() > maxLength) {
      throw InvalidUserException.badText(field, maxLength);
    }
    return value.strip();
  }
}

package org.tribunal.access.domain;

import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.access.AccessQueries;
import org.tribunal.access.CurrentUser;

/** Answers {@link AccessQueries} from the security context and the account table. */
@Service
class DefaultAccessQueries implements AccessQueries {

  private final UserAccountRepository accounts;

  DefaultAccessQueries(UserAccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public CurrentUser currentUser() {
    return CurrentUsers.of(SecurityContextHolder.getContext().getAuthentication());
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CurrentUser> findUser(String username) {
    return accounts.find(username.strip().toLowerCase(Locale.ROOT)).map(UserAccount::toCurrentUser);
  }
}

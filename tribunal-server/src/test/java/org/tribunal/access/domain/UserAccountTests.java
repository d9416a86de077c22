package org.tribunal.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tribunal.access.InvalidUserException;
import org.tribunal.access.Role;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

class UserAccountTests {

  private static UserAccount account(Set<Role> roles, StateCode state) {
    return new UserAccount(UUID.randomUUID(), "someone", "Someone", "{bcrypt}x", roles, state, true,
        Classification.PUBLIC, Set.of(), Instant.now());
  }

  @Test
  void foldsUserNamesToLowerCase() {
    assertThat(UserAccount.username(" Delegation-USA ")).isEqualTo("delegation-usa");
  }

  @Test
  void rejectsUserNamesWithSpacesOrSymbols() {
    assertThatThrownBy(() -> UserAccount.username("a b")).isInstanceOf(InvalidUserException.class);
    assertThatThrownBy(() -> UserAccount.username("x")).isInstanceOf(InvalidUserException.class);
    assertThatThrownBy(() -> UserAccount.username("root;drop")).isInstanceOf(InvalidUserException.class);
  }

  @Test
  void aDelegationIsBoundToExactlyOneState() {
    assertThatThrownBy(() -> account(Set.of(Role.DELEGATION), null))
        .isInstanceOf(InvalidUserException.class)
        .hasMessageContaining("exactly one state");
    assertThat(account(Set.of(Role.DELEGATION), StateCode.of("UKR")).state()).isEqualTo(StateCode.of("UKR"));
  }

  @Test
  void grantsAClearanceWithNamedCompartmentsOnly() {
    UserAccount granted = account(Set.of(Role.SECRETARIAT), null)
        .withClearance(Classification.SECRET, Set.of("core-group", "jit"));
    assertThat(granted.toCurrentUser().mayRead(Classification.SECRET, Set.of("jit"))).isTrue();
    assertThatThrownBy(() -> granted.withClearance(Classification.SECRET, Set.of("Core Group")))
        .isInstanceOf(InvalidUserException.class);
  }

  @Test
  void onlyADelegationIsBoundToAState() {
    assertThatThrownBy(() -> account(Set.of(Role.SECRETARIAT), StateCode.of("UKR")))
        .isInstanceOf(InvalidUserException.class);
    UserAccount delegation = account(Set.of(Role.DELEGATION), StateCode.of("UKR"));
    assertThatThrownBy(() -> delegation.withRoles(Set.of(Role.REGISTRAR), StateCode.of("UKR")))
        .isInstanceOf(InvalidUserException.class);
    assertThat(delegation.withRoles(Set.of(Role.REGISTRAR), null).state()).isNull();
  }
}

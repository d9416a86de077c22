package org.tribunal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

class CurrentUserTests {

  private final CurrentUser confidentialUkr = new CurrentUser(
      "delegation-ukr", "Delegation of Ukraine", Set.of(Role.DELEGATION), StateCode.of("UKR"),
      Classification.CONFIDENTIAL, Set.of("jit"));

  @Test
  void anonymousHoldsNoRoleAndReadsOnlyPublicRecords() {
    CurrentUser anonymous = CurrentUser.anonymous();
    assertThat(anonymous.isAnonymous()).isTrue();
    assertThat(anonymous.roles()).isEmpty();
    assertThat(anonymous.mayRead(Classification.PUBLIC, Set.of())).isTrue();
    assertThat(anonymous.mayRead(Classification.RESTRICTED, Set.of())).isFalse();
  }

  @Test
  void readingNeedsBothTheLevelAndEveryCompartment() {
    assertThat(confidentialUkr.mayRead(Classification.CONFIDENTIAL, Set.of("jit"))).isTrue();
    assertThat(confidentialUkr.mayRead(Classification.RESTRICTED, Set.of())).isTrue();
    assertThat(confidentialUkr.mayRead(Classification.SECRET, Set.of())).isFalse();
    assertThat(confidentialUkr.mayRead(Classification.PUBLIC, Set.of("jit", "core-group"))).isFalse();
  }

  @Test
  void anAdministratorWithoutClearanceCannotReadClassifiedRecords() {
    CurrentUser admin = new CurrentUser("admin", "Admin", Set.of(Role.ADMIN), null, Classification.PUBLIC, Set.of());
    assertThat(admin.mayRead(Classification.RESTRICTED, Set.of())).isFalse();
  }

  @Test
  void aDelegationActsOnlyForItsOwnState() {
    assertThat(confidentialUkr.isDelegationOf(StateCode.of("UKR"))).isTrue();
    assertThat(confidentialUkr.isDelegationOf(StateCode.of("USA"))).isFalse();
    assertThat(confidentialUkr.isAnonymous()).isFalse();
    assertThat(confidentialUkr.hasAnyRole(Role.ADMIN, Role.DELEGATION)).isTrue();
    assertThat(confidentialUkr.hasRole(Role.SECRETARIAT)).isFalse();
  }
}

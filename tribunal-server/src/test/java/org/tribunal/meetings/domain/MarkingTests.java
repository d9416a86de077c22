package org.tribunal.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tribunal.meetings.InvalidNoteException;
import org.tribunal.shared.Classification;

class MarkingTests {

  @Test
  void isPublicOnlyWithoutLevelAndWithoutCompartments() {
    assertThat(new Marking(Classification.PUBLIC, Set.of()).isPublic()).isTrue();
    assertThat(new Marking(Classification.PUBLIC, Set.of("alpha")).isPublic()).isFalse();
    assertThat(new Marking(Classification.RESTRICTED, Set.of()).isPublic()).isFalse();
  }

  @Test
  void aDeclassificationLowersTheLevelOrDropsCompartmentsAndNeverAddsOne() {
    Marking secret = new Marking(Classification.SECRET, Set.of("alpha", "beta"));
    assertThat(secret.isLoweredTo(new Marking(Classification.CONFIDENTIAL, Set.of("alpha", "beta")))).isTrue();
    assertThat(secret.isLoweredTo(new Marking(Classification.SECRET, Set.of("alpha")))).isTrue();
    assertThat(secret.isLoweredTo(new Marking(Classification.PUBLIC, Set.of()))).isTrue();
    assertThat(secret.isLoweredTo(secret)).isFalse();
    assertThat(secret.isLoweredTo(new Marking(Classification.RESTRICTED, Set.of("alpha", "gamma")))).isFalse();
    assertThat(new Marking(Classification.RESTRICTED, Set.of()).isLoweredTo(
        new Marking(Classification.SECRET, Set.of()))).isFalse();
  }

  @Test
  void refusesMalformedCompartmentNames() {
    assertThatThrownBy(() -> new Marking(Classification.SECRET, Set.of("Alpha Beta")))
        .isInstanceOf(InvalidNoteException.class);
    assertThat(new Marking(Classification.SECRET, Set.of(" host-state ")).compartments()).containsExactly("host-state");
  }

  @Test
  void ranksFollowTheOrderOfLevels() {
    assertThat(Marking.rank(Classification.PUBLIC)).isLessThan(Marking.rank(Classification.RESTRICTED));
    assertThat(Marking.rank(Classification.CONFIDENTIAL)).isLessThan(Marking.rank(Classification.SECRET));
  }
}

package org.tribunal.coalition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tribunal.coalition.ParticipationStatus.CONSENTED;
import static org.tribunal.coalition.ParticipationStatus.NONE;
import static org.tribunal.coalition.ParticipationStatus.SIGNED;
import static org.tribunal.coalition.ParticipationStatus.WITHDRAWN;

import org.junit.jupiter.api.Test;
import org.tribunal.coalition.ParticipationStatus;

class ParticipationStatusTests {

  @Test
  void allowsOnlyTheTreatyPracticeMoves() {
    assertThat(NONE.canMoveTo(SIGNED)).isTrue();
    assertThat(NONE.canMoveTo(CONSENTED)).isTrue();
    assertThat(SIGNED.canMoveTo(CONSENTED)).isTrue();
    assertThat(CONSENTED.canMoveTo(WITHDRAWN)).isTrue();

    assertThat(NONE.canMoveTo(WITHDRAWN)).isFalse();
    assertThat(SIGNED.canMoveTo(WITHDRAWN)).isFalse();
    assertThat(SIGNED.canMoveTo(SIGNED)).isFalse();
    assertThat(CONSENTED.canMoveTo(SIGNED)).isFalse();
    for (ParticipationStatus next : ParticipationStatus.values()) {
      assertThat(WITHDRAWN.canMoveTo(next)).as("WITHDRAWN -> %s", next).isFalse();
      assertThat(next.canMoveTo(NONE)).as("%s -> NONE", next).isFalse();
    }
  }
}

package org.tribunal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingStatusTests {

  @Test
  void aPlannedMeetingIsHeldPostponedOrCancelled() {
    assertThat(MeetingStatus.PLANNED.next())
        .containsExactlyInAnyOrder(MeetingStatus.HELD, MeetingStatus.POSTPONED, MeetingStatus.CANCELLED);
  }

  @Test
  void aPostponedMeetingIsPlannedAgainOrCancelledButNeverHeldDirectly() {
    assertThat(MeetingStatus.POSTPONED.canMoveTo(MeetingStatus.PLANNED)).isTrue();
    assertThat(MeetingStatus.POSTPONED.canMoveTo(MeetingStatus.CANCELLED)).isTrue();
    assertThat(MeetingStatus.POSTPONED.canMoveTo(MeetingStatus.HELD)).isFalse();
  }

  @Test
  void heldAndCancelledMeetingsAreFinal() {
    for (MeetingStatus target : MeetingStatus.values()) {
      assertThat(MeetingStatus.HELD.canMoveTo(target)).isFalse();
      assertThat(MeetingStatus.CANCELLED.canMoveTo(target)).isFalse();
    }
  }

  @Test
  void noStatusMovesToItself() {
    for (MeetingStatus status : MeetingStatus.values()) {
      assertThat(status.canMoveTo(status)).isFalse();
    }
  }
}

package org.tribunal.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tribunal.meetings.IllegalStatusChangeException;
import org.tribunal.meetings.InvalidMeetingException;
import org.tribunal.meetings.MeetingId;
import org.tribunal.meetings.MeetingStatus;
import org.tribunal.meetings.NewMeeting;
import org.tribunal.meetings.StatusChange;
import org.tribunal.shared.SourceRef;

class MeetingTests {

  private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

  private Meeting planned(LocalDate start, LocalDate end) {
    return Meeting.record(MeetingId.random(), new NewMeeting("CORE_GROUP", 15, null, " The Hague ", start, end,
        MeetingStatus.PLANNED, false, "  ", SourceRef.ofUrl("https://example.org")), "clerk", now);
  }

  @Test
  void recordsVersionOneWithTrimmedTextsAndASingleDayByDefault() {
    Meeting m = planned(LocalDate.of(2026, 3, 1), null);
    assertThat(m.view().version()).isEqualTo(1);
    assertThat(m.view().place()).isEqualTo("The Hague");
    assertThat(m.view().note()).isNull();
    assertThat(m.view().endDate()).isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void refusesReversedDatesAndAnEndWithoutAStart() {
    assertThatThrownBy(() -> planned(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
        .isInstanceOf(InvalidMeetingException.class).hasMessageContaining("before the start");
    assertThatThrownBy(() -> planned(null, LocalDate.of(2026, 3, 1)))
        .isInstanceOf(InvalidMeetingException.class);
  }

  @Test
  void postponingAndReplanningMovesTheDatesInANewVersion() {
    Meeting m = planned(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2))
        .moveTo(new StatusChange(MeetingStatus.POSTPONED, null, null, "venue"), "clerk", now)
        .moveTo(new StatusChange(MeetingStatus.PLANNED, LocalDate.of(2026, 4, 7), null, null), "clerk", now);
    assertThat(m.view().version()).isEqualTo(3);
    assertThat(m.view().startDate()).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(m.view().endDate()).isEqualTo(LocalDate.of(2026, 4, 7));
  }

  @Test
  void refusesIllegalMovesAndFactsThatNeedAHeldMeeting() {
    Meeting m = planned(LocalDate.of(2026, 3, 1), null);
    assertThatThrownBy(() -> m.requireHeld("attendance")).isInstanceOf(IllegalStatusChangeException.class);
    Meeting cancelled = m.moveTo(new StatusChange(MeetingStatus.CANCELLED, null, null, null), "clerk", now);
    assertThatThrownBy(() -> cancelled.moveTo(new StatusChange(MeetingStatus.HELD, null, null, null), "clerk", now))
        .isInstanceOf(IllegalStatusChangeException.class).hasMessageContaining("CANCELLED");
    assertThatThrownBy(() -> cancelled.requireNotCancelled("agenda items"))
        .isInstanceOf(IllegalStatusChangeException.class);
  }
}

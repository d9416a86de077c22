package org.tribunal.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribunal.meetings.MeetingId;
import org.tribunal.meetings.MeetingStatus;
import org.tribunal.meetings.MeetingView;
import org.tribunal.shared.SourceRef;

class ICalendarTests {

  private MeetingView meeting(String place, String note, boolean unconfirmed) {
    return new MeetingView(new MeetingId(java.util.UUID.fromString("11111111-2222-3333-4444-555555555555")), 2,
        "CORE_GROUP", 15, null, place, LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 21), MeetingStatus.PLANNED,
        unconfirmed, note, SourceRef.ofUrl("https://example.org"), "clerk", Instant.EPOCH);
  }

  @Test
  void writesAllDayEventsWithAnExclusiveEndAndCrlfLines() {
    String ics = ICalendar.of(List.of(meeting("Strasbourg", null, false)), "tribunal.example",
        Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics).contains("UID:11111111-2222-3333-4444-555555555555@tribunal.example\r\n",
        "DTSTAMP:20260102T030405Z\r\n", "DTSTART;VALUE=DATE:20260319\r\n", "DTEND;VALUE=DATE:20260322\r\n",
        "SEQUENCE:1\r\n", "STATUS:CONFIRMED\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
  }

  @Test
  void escapesTextAndMarksUnconfirmedMeetingsTentative() {
    String ics = ICalendar.of(List.of(meeting("Strasbourg, France; CoE", "line one\nline two\\", true)), "h",
        Instant.EPOCH);
    assertThat(ics).contains("LOCATION:Strasbourg\\, France\\; CoE\r\n", "DESCRIPTION:line one\\nline two\\\\\r\n",
        "STATUS:TENTATIVE\r\n", "(unconfirmed)");
  }

  @Test
  void foldsLongLinesAt75OctetsWithoutSplittingCharacters() {
    String ics = ICalendar.of(List.of(meeting("Україна ".repeat(30), null, false)), "h", Instant.EPOCH);
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded).contains("LOCATION:" + ICalendar.text("Україна ".repeat(30)));
  }
}

package org.tribunal.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tribunal.meetings.IllegalStatusChangeException;
import org.tribunal.meetings.InvalidMeetingException;
import org.tribunal.meetings.MeetingId;
import org.tribunal.meetings.MeetingStatus;
import org.tribunal.meetings.MeetingView;
import org.tribunal.meetings.NewMeeting;
import org.tribunal.meetings.StatusChange;
import org.tribunal.shared.SourceRef;

/**
 * A meeting: immutable; each move returns the next version. The status moves allowed are those of
 * {@link MeetingStatus#canMoveTo}; facts that need a held meeting are refused for any other.
 */
final class Meeting {

  private final MeetingView state;

  private Meeting(MeetingView state) {
    this.state = state;
  }

  static Meeting of(MeetingView state) {
    return new Meeting(state);
  }

  /** A new meeting, version 1, after checking its texts and dates. */
  static Meeting record(MeetingId id, NewMeeting c, String actor, Instant now) {
    if (c.number() != null && c.number() < 1) {
      throw InvalidMeetingException.field("number", "A meeting number is 1 or more.");
    }
    checkDates(c.startDate(), c.endDate());
    return new Meeting(new MeetingView(
        id, 1, Texts.required(c.bodyId(), "bodyId", 40, InvalidMeetingException::field), c.number(),
        Texts.optional(c.title(), "title", 300, InvalidMeetingException::field),
        Texts.optional(c.place(), "place", 300, InvalidMeetingException::field),
        c.startDate(), c.endDate() == null ? c.startDate() : c.endDate(), c.status(), c.unconfirmed(),
        Texts.optional(c.note(), "note", 2000, InvalidMeetingException::field), c.source(), actor, now));
  }

  /**
   * The next version after the move {@code change}.
   *
   * @throws IllegalStatusChangeException if the current status may not move there
   */
  Meeting moveTo(StatusChange change, String actor, Instant now) {
    if (!state.status().canMoveTo(change.to())) {
      throw IllegalStatusChangeException.between(state.id(), state.status(), change.to());
    }
    LocalDate start = change.startDate() != null ? change.startDate() : state.startDate();
    LocalDate end = change.endDate() != null ? change.endDate()
        : change.startDate() != null ? change.startDate() : state.endDate();
    checkDates(start, end);
    return new Meeting(new MeetingView(state.id(), state.version() + 1, state.bodyId(), state.number(), state.title(),
        state.place(), start, end, change.to(), state.unconfirmed(), state.note(), state.source(), actor, now));
  }

  /** Refuses {@code what} unless the meeting was held. */
  void requireHeld(String what) {
    if (state.status() != MeetingStatus.HELD) {
      throw IllegalStatusChangeException.notHeld(state.id(), state.status(), what);
    }
  }

  /** Refuses {@code what} for a cancelled meeting. */
  void requireNotCancelled(String what) {
    if (state.status() == MeetingStatus.CANCELLED) {
      throw IllegalStatusChangeException.notHeld(state.id(), state.status(), what);
    }
  }

  MeetingView view() {
    return state;
  }

  /** The content that goes into the public record. */
  Map<String, @Nullable Object> content() {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("id", state.id().toString());
    m.put("bodyId", state.bodyId());
    m.put("number", state.number());
    m.put("title", state.title());
    m.put("place", state.place());
    m.put("startDate", state.startDate() == null ? null : state.startDate().toString());
    m.put("endDate", state.endDate() == null ? null : state.endDate().toString());
    m.put("status", state.status().name());
    m.put("unconfirmed", state.unconfirmed());
    m.put("note", state.note());
    return m;
  }

  static Map<String, @Nullable Object> source(SourceRef source) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("title", source.title());
    m.put("url", source.url());
    return m;
  }

  private static void checkDates(@Nullable LocalDate start, @Nullable LocalDate end) {
    if (start == null && end != null) {
      throw InvalidMeetingException.field("startDate", "A meeting with an end date needs a start date.");
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw InvalidMeetingException.field("endDate", "The end date " + end + " is before the start date " + start + ".");
    }
  }
}

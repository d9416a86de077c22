package org.tribunal.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Reads of meetings, which are public. Read-only transactions; thread-safe. */
public interface MeetingQueries {

  /**
   * The meeting with everything recorded about it.
   *
   * @throws UnknownMeetingException if there is none
   */
  MeetingDetail get(MeetingId id);

  /**
   * The meeting as the record stood at the end of the day {@code asOf} (UTC): the version current then
   * and the facts recorded by then. Later corrections and facts are left out, so anyone can see what
   * the record said on a given day.
   *
   * @throws UnknownMeetingException if there is none, or it was recorded only after that day
   */
  MeetingDetail get(MeetingId id, LocalDate asOf);

  /**
   * One page of meetings matching {@code filter}, latest first; undated meetings last.
   *
   * @param limit 1 to 500
   * @param after the {@code next} cursor of the previous page, or {@code null} for the first page
   * @throws MalformedCursorException if {@code after} is not a cursor of this list
   */
  ResultPage<MeetingView> list(MeetingFilter filter, int limit, @Nullable String after);

  /** Hands every meeting matching {@code filter} to {@code sink}, in list order. */
  void export(MeetingFilter filter, Consumer<MeetingView> sink);

  /** Meetings overlapping the days {@code from} to {@code to} (inclusive), by start date. */
  List<MeetingView> between(LocalDate from, LocalDate to);

  /** Planned meetings with a start date, by start date (for calendars). */
  List<MeetingView> planned();

  /**
   * Every version of a meeting, oldest first.
   *
   * @throws UnknownMeetingException if there is none
   */
  List<MeetingVersionView> history(MeetingId id);
}

package org.tribunal.meetings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters on meetings; every {@code null} filter matches everything.
 *
 * @param bodyId meetings of this body
 * @param status meetings in this status
 * @param from meetings ending on or after this day
 * @param to meetings starting on or before this day
 */
public record MeetingFilter(
    @Nullable String bodyId, @Nullable MeetingStatus status, @Nullable LocalDate from, @Nullable LocalDate to) {

  /** Matches every meeting. */
  public static MeetingFilter all() {
    return new MeetingFilter(null, null, null, null);
  }
}

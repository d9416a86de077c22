package org.tribunal.meetings;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * The current version of a meeting.
 *
 * @param id identifier
 * @param version the version, from 1; each status change adds one
 * @param bodyId the body that met
 * @param number the body's number for the meeting, if any
 * @param title short title, if any
 * @param place where, if known
 * @param startDate first day, if known
 * @param endDate last day, if known
 * @param status where the meeting stands
 * @param unconfirmed whether the facts are not confirmed
 * @param note free note, if any
 * @param source where the facts come from
 * @param recordedBy who recorded this version
 * @param recordedAt when (UTC)
 */
public record MeetingView(
    MeetingId id,
    int version,
    String bodyId,
    @Nullable Integer number,
    @Nullable String title,
    @Nullable String place,
    @Nullable LocalDate startDate,
    @Nullable LocalDate endDate,
    MeetingStatus status,
    boolean unconfirmed,
    @Nullable String note,
    SourceRef source,
    String recordedBy,
    Instant recordedAt) {

  /** A label for lists: the title, or the body and number, or the body and place. */
  public String label() {
    if (title != null) {
      return title;
    }
    return bodyId + (number != null ? " #" + number : "") + (place != null ? " — " + place : "");
  }
}

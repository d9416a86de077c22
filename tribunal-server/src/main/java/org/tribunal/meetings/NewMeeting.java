package org.tribunal.meetings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * A command to record a meeting.
 *
 * @param bodyId the body that met (a coalition body id, e.g. {@code CORE_GROUP})
 * @param number the body's own number for the meeting, if it has one
 * @param title a short title, if the meeting has one
 * @param place where it takes or took place, if known
 * @param startDate the first day, if known
 * @param endDate the last day, if known (the start day when absent)
 * @param status where the meeting stands when recorded
 * @param unconfirmed whether the facts are not confirmed by a source after the meeting
 * @param note a free note, if any
 * @param source where the facts come from
 */
public record NewMeeting(
    String bodyId,
    @Nullable Integer number,
    @Nullable String title,
    @Nullable String place,
    @Nullable LocalDate startDate,
    @Nullable LocalDate endDate,
    MeetingStatus status,
    boolean unconfirmed,
    @Nullable String note,
    SourceRef source) {}

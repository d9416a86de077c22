package org.tribunal.meetings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A command to move a meeting to another status.
 *
 * @param to the new status
 * @param startDate new first day (a postponed meeting planned again), or {@code null} to keep
 * @param endDate new last day, or {@code null} to keep
 * @param reason why, if said
 */
public record StatusChange(
    MeetingStatus to, @Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable String reason) {}

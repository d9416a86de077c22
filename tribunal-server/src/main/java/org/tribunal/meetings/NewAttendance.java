package org.tribunal.meetings;

import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * A command to record one state's attendance at a held meeting.
 *
 * @param state the state
 * @param delegation who represented it (head of delegation, composition), if known
 * @param level the level of representation
 * @param presence present, absent or observer
 * @param unconfirmed whether the fact is not confirmed
 * @param source where it comes from
 */
public record NewAttendance(
    StateCode state, @Nullable String delegation, AttendanceLevel level, Presence presence,
    boolean unconfirmed, SourceRef source) {}

package org.tribunal.meetings;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * One state's attendance at a meeting.
 *
 * @param id identifier
 * @param state the state
 * @param delegation who represented it, if known
 * @param level level of representation
 * @param presence present, absent or observer
 * @param unconfirmed whether the fact is not confirmed
 * @param source where it comes from
 */
public record AttendanceView(
    UUID id, StateCode state, @Nullable String delegation, AttendanceLevel level, Presence presence,
    boolean unconfirmed, SourceRef source) {}

package org.tribunal.coalition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Event: an instrument action was recorded (version 1) or corrected (a later version).
 *
 * @param id the action
 * @param version the version recorded
 * @param instrument the instrument
 * @param party the state or organisation
 * @param act what was done
 * @param on when
 * @param unconfirmed whether the fact is unconfirmed
 * @param reason the correction's reason, {@code null} for version 1
 * @param retracted whether this version withdraws the fact
 * @param recordedBy who recorded it
 */
public record InstrumentActionRecorded(InstrumentActionId id, int version, InstrumentId instrument, Party party,
    ParticipationAct act, LocalDate on, boolean unconfirmed, @Nullable String reason, boolean retracted,
    String recordedBy) {

  /** Returns the event for a recorded version. */
  public static InstrumentActionRecorded of(InstrumentActionView v) {
    return new InstrumentActionRecorded(v.id(), v.version(), v.instrument(), v.party(), v.act(), v.on(),
        v.unconfirmed(), v.reason(), v.retracted(), v.recordedBy());
  }
}

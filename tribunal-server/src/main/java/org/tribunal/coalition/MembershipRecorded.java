package org.tribunal.coalition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Event: a membership was recorded (version 1) or corrected (a later version; {@link #reason} says why).
 *
 * @param id the membership
 * @param version the version recorded
 * @param party the state or organisation
 * @param body the body
 * @param from first day or {@code null}
 * @param to first day no longer included or {@code null}
 * @param status the status
 * @param unconfirmed whether the fact is unconfirmed
 * @param reason the correction's reason, {@code null} for version 1
 * @param retracted whether this version withdraws the fact
 * @param recordedBy who recorded it
 */
public record MembershipRecorded(MembershipId id, int version, Party party, BodyId body, @Nullable LocalDate from,
    @Nullable LocalDate to, MembershipStatus status, boolean unconfirmed, @Nullable String reason, boolean retracted,
    String recordedBy) {

  /** Returns the event for a recorded version. */
  public static MembershipRecorded of(MembershipView v) {
    return new MembershipRecorded(v.id(), v.version(), v.party(), v.body(), v.period().from(), v.period().to(),
        v.status(), v.unconfirmed(), v.reason(), v.retracted(), v.recordedBy());
  }

  /** Returns whether this event records a correction rather than a new membership. */
  public boolean isCorrection() {
    return version > 1;
  }
}

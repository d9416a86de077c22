package org.tribunal.positions;

import java.time.LocalDate;
import org.tribunal.shared.StateCode;

/**
 * Event: a version of a position was recorded (a new position, a correction or a retraction).
 * Published in the recording transaction; bulk imports publish {@link PositionsImported} instead.
 *
 * @param ref the position
 * @param version the version recorded
 * @param kind what the state did
 * @param date when
 * @param retracted whether this version withdraws the position
 * @param unconfirmed whether the position is unconfirmed
 * @param recordedBy who recorded it
 */
public record PositionRecorded(PositionRef ref, int version, PositionKind kind, LocalDate date, boolean retracted,
    boolean unconfirmed, String recordedBy) {

  /** Returns the state. */
  public StateCode state() {
    return ref.state();
  }

  /** Returns the event for a recorded version. */
  public static PositionRecorded of(PositionView v) {
    return new PositionRecorded(v.ref(), v.version(), v.kind(), v.date(), v.retracted(), v.unconfirmed(),
        v.recordedBy());
  }
}

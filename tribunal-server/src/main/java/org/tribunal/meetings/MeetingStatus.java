package org.tribunal.meetings;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a meeting stands. A planned meeting is held, postponed or cancelled; a postponed one is
 * planned again (with new dates) or cancelled; held and cancelled meetings are final.
 */
public enum MeetingStatus {
  PLANNED,
  HELD,
  POSTPONED,
  CANCELLED;

  /** The statuses a meeting in this status may move to. */
  public Set<MeetingStatus> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(HELD, POSTPONED, CANCELLED);
      case POSTPONED -> EnumSet.of(PLANNED, CANCELLED);
      case HELD, CANCELLED -> EnumSet.noneOf(MeetingStatus.class);
    };
  }

  /** Whether a meeting in this status may move to {@code target}. */
  public boolean canMoveTo(MeetingStatus target) {
    return next().contains(target);
  }
}

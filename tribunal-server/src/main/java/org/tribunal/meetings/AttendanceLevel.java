package org.tribunal.meetings;

/** The level at which a state was represented at a meeting. */
public enum AttendanceLevel {
  HEAD_OF_STATE_OR_GOVERNMENT,
  MINISTER,
  DEPUTY_MINISTER,
  AMBASSADOR,
  SENIOR_OFFICIAL,
  EXPERT,
  UNKNOWN
}

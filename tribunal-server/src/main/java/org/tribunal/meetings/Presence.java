package org.tribunal.meetings;

/** Whether a state's delegation took part in a meeting, stayed away, or followed it as an observer. */
public enum Presence {
  PRESENT,
  ABSENT,
  OBSERVER
}

package org.tribunal.coalition;

/** A state's standing at the United Nations. */
public enum UnStatus {
  /** One of the 193 member states. */
  MEMBER,
  /** A non-member observer state (Holy See, State of Palestine). */
  OBSERVER,
  /** Neither member nor observer. */
  NONE
}

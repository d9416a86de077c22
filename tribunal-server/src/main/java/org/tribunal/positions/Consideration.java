package org.tribunal.positions;

/** Why a position was or was not counted by a rule evaluation. */
public enum Consideration {
  /** It decided the answer. */
  DECIDING,
  /** It counted, but a later position decided. */
  EARLIER_THAN_DECIDING,
  /** It is older than the rule's window. */
  OLDER_THAN_WINDOW,
  /** It expresses no stance (did not vote, absent, explanation). */
  EXPRESSES_NO_STANCE,
  /** It is unconfirmed and the rule counts only confirmed positions. */
  UNCONFIRMED,
  /** Its text is of a body the rule does not consider. */
  OTHER_BODY,
  /** It counted and agrees with the answer, without deciding it alone. */
  CONSISTENT
}

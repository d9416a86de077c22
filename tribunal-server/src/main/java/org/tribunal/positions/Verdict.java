package org.tribunal.positions;

/** The answer of a participation rule for a state. */
public enum Verdict {
  /** The state satisfies the rule. */
  SATISFIED,
  /** The state does not satisfy the rule. */
  NOT_SATISFIED,
  /** No position counts, so the rule cannot be satisfied by evidence. */
  NO_EVIDENCE
}

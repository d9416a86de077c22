package org.tribunal.meetings;

/**
 * What came out of a meeting: a statement adopted (linked to the text in the positions module), a
 * decision, or a state's objection.
 */
public enum OutcomeKind {
  STATEMENT_ADOPTED,
  DECISION,
  OBJECTION
}

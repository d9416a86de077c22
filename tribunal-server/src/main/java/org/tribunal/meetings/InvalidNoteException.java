package org.tribunal.meetings;

import org.tribunal.shared.DomainException;

/**
 * A note or its declassification breaks a rule (422, {@code /problems/invalid-note}); {@code field}
 * names the input at fault. Never names anything the caller may not read.
 */
public final class InvalidNoteException extends DomainException {

  private static final long serialVersionUID = 1L;

  private InvalidNoteException(String field, String detail) {
    super("invalid-note", 422, "Invalid note", detail);
    with("field", field);
  }

  /** {@code field} breaks the rule described by {@code detail}. */
  public static InvalidNoteException field(String field, String detail) {
    return new InvalidNoteException(field, detail);
  }

  /** The author would mark a note above its own clearance or in a compartment it is not in. */
  public static InvalidNoteException aboveClearance() {
    return new InvalidNoteException("classification",
        "A note can be marked only at or below your own clearance and in compartments you belong to.");
  }

  /** A declassification that does not lower the level nor remove a compartment, or adds one. */
  public static InvalidNoteException notLower() {
    return new InvalidNoteException("classification",
        "A declassification lowers the level or removes compartments, and never adds one.");
  }
}

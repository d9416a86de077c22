package org.tribunal.meetings;

import org.tribunal.shared.DomainException;

/**
 * No note with this id exists for the reader (404, {@code /problems/unknown-note}). A note the reader
 * may not read answers with exactly this problem, so that nobody learns a note exists by asking.
 */
public final class UnknownNoteException extends DomainException {

  private static final long serialVersionUID = 1L;

  private UnknownNoteException(String id) {
    super("unknown-note", 404, "Unknown note", "No note has the id '" + id + "'.");
    with("noteId", id);
  }

  /** No note with the id {@code id}, or none the reader may read. */
  public static UnknownNoteException withId(Object id) {
    return new UnknownNoteException(String.valueOf(id));
  }
}

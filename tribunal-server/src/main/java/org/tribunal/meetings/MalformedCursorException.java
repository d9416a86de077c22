package org.tribunal.meetings;

import org.tribunal.shared.DomainException;

/** A pagination cursor that this list did not hand out (400, {@code /problems/invalid-cursor}). */
public final class MalformedCursorException extends DomainException {

  private static final long serialVersionUID = 1L;

  private MalformedCursorException() {
    super("invalid-cursor", 400, "Invalid cursor", "The 'after' cursor is not one returned by this list.");
    with("field", "after");
  }

  /** The cursor could not be decoded. */
  public static MalformedCursorException create() {
    return new MalformedCursorException();
  }
}

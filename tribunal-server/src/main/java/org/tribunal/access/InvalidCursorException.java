package org.tribunal.access;

import org.tribunal.shared.DomainException;

/** A pagination cursor that this server did not hand out (400, {@code /problems/invalid-cursor}). */
public final class InvalidCursorException extends DomainException {

  private InvalidCursorException() {
    super("invalid-cursor", 400, "Invalid cursor", "The 'after' cursor is not one returned by this list.");
    with("field", "after");
  }

  /** The cursor could not be decoded. */
  public static InvalidCursorException malformed() {
    return new InvalidCursorException();
  }
}

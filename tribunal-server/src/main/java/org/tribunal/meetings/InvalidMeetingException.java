package org.tribunal.meetings;

import org.tribunal.shared.DomainException;

/**
 * A meeting or one of its facts breaks a rule: a missing field, dates in the wrong order, an unknown
 * body or state (422, {@code /problems/invalid-meeting}); {@code field} names the input at fault.
 */
public final class InvalidMeetingException extends DomainException {

  private static final long serialVersionUID = 1L;

  private InvalidMeetingException(String field, String detail) {
    super("invalid-meeting", 422, "Invalid meeting", detail);
    with("field", field);
  }

  /** {@code field} breaks the rule described by {@code detail}. */
  public static InvalidMeetingException field(String field, String detail) {
    return new InvalidMeetingException(field, detail);
  }
}

package org.tribunal.meetings;

import org.tribunal.shared.DomainException;

/** No meeting has the id asked for (404, {@code /problems/unknown-meeting}). */
public final class UnknownMeetingException extends DomainException {

  private static final long serialVersionUID = 1L;

  private UnknownMeetingException(String id) {
    super("unknown-meeting", 404, "Unknown meeting", "No meeting has the id '" + id + "'.");
    with("meetingId", id);
  }

  /** No meeting has the id {@code id}. */
  public static UnknownMeetingException withId(Object id) {
    return new UnknownMeetingException(String.valueOf(id));
  }
}

package org.tribunal.meetings;

import org.tribunal.shared.DomainException;

/** A meeting cannot move from its status to the one asked for (409, {@code /problems/illegal-status-change}). */
public final class IllegalStatusChangeException extends DomainException {

  private static final long serialVersionUID = 1L;

  private IllegalStatusChangeException(String detail) {
    super("illegal-status-change", 409, "Illegal status change", detail);
  }

  /** The meeting {@code id} is {@code from}, which cannot become {@code to}. */
  public static IllegalStatusChangeException between(MeetingId id, MeetingStatus from, MeetingStatus to) {
    IllegalStatusChangeException e = new IllegalStatusChangeException(
        "Meeting " + id + " is " + from + " and cannot become " + to + "; allowed: " + from.next() + ".");
    e.with("meetingId", id.toString()).with("from", from.name()).with("to", to.name());
    return e;
  }

  /** A fact that needs a held meeting (attendance, an outcome) was given for a meeting that is {@code status}. */
  public static IllegalStatusChangeException notHeld(MeetingId id, MeetingStatus status, String what) {
    IllegalStatusChangeException e = new IllegalStatusChangeException(
        "Meeting " + id + " is " + status + "; " + what + " can be recorded only for a HELD meeting.");
    e.with("meetingId", id.toString()).with("status", status.name());
    return e;
  }
}

package org.tribunal.coalition;

import java.time.LocalDate;
import org.tribunal.shared.DomainException;

/** Thrown when a period ends on or before its start (400, {@code /problems/invalid-period}, field {@code to}). */
public final class InvalidPeriodException extends DomainException {

  private InvalidPeriodException(String detail) {
    super("invalid-period", 400, "Invalid period", detail);
  }

  static InvalidPeriodException endsBeforeStart(LocalDate from, LocalDate to) {
    var e = new InvalidPeriodException("the period must end after it starts: from " + from + ", to " + to
        + " (the end date is exclusive)");
    e.with("field", "to");
    return e;
  }
}

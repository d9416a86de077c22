package org.tribunal.coalition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A half-open period {@code [from, to)} of a membership. A missing {@code from} means "since before our records"
 * (the joining date was not researched); a missing {@code to} means "still running".
 *
 * @param from first day, or {@code null} when unknown
 * @param to first day no longer included, or {@code null} when open-ended
 */
public record MembershipPeriod(@Nullable LocalDate from, @Nullable LocalDate to) {

  /** Rejects a period that ends on or before it starts ({@link InvalidPeriodException}). */
  public MembershipPeriod {
    if (from != null && to != null && !to.isAfter(from)) {
      throw InvalidPeriodException.endsBeforeStart(from, to);
    }
  }

  /** Returns the period starting on {@code from} with no end. */
  public static MembershipPeriod since(LocalDate from) {
    return new MembershipPeriod(from, null);
  }

  /** Returns whether {@code day} falls within this period. */
  public boolean contains(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
  }

  /** Returns whether the two periods share at least one day. */
  public boolean overlaps(MembershipPeriod other) {
    boolean startsBeforeOtherEnds = from == null || other.to == null || from.isBefore(other.to);
    boolean otherStartsBeforeThisEnds = other.from == null || to == null || other.from.isBefore(to);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /** Returns whether the start date is known. */
  public boolean startKnown() {
    return from != null;
  }

  @Override
  public String toString() {
    return "[" + (from == null ? "before records" : from) + ", " + (to == null ? "open" : to) + ")";
  }
}

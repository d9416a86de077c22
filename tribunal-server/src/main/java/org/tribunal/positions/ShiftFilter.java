package org.tribunal.positions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.StateCode;

/**
 * Which shifts to list; each {@code null} field means "any".
 *
 * @param body only shifts proven by a position on a text of this body
 * @param claim only shifts on this claim
 * @param state only shifts of this state
 * @param from only shifts on or after this date
 * @param to only shifts on or before this date
 */
public record ShiftFilter(
    @Nullable String body, @Nullable Claim claim, @Nullable StateCode state, @Nullable LocalDate from,
    @Nullable LocalDate to) {

  /** Returns a filter that lets every shift through. */
  public static ShiftFilter all() {
    return new ShiftFilter(null, null, null, null, null);
  }

  /** Returns whether {@code shift} passes. */
  public boolean accepts(Shift shift) {
    return (claim == null || claim.equals(shift.claim()))
        && (state == null || state.equals(shift.state()))
        && (from == null || !shift.date().isBefore(from))
        && (to == null || !shift.date().isAfter(to))
        && (body == null || body.equals(shift.after().text().body()) || body.equals(shift.before().text().body()));
  }
}

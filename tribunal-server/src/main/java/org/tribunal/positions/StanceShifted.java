package org.tribunal.positions;

import java.time.LocalDate;
import org.tribunal.shared.StateCode;

/**
 * Event: a recorded change made a state's stance on a claim shift: the timeline now has a shift it did
 * not have before. Carries the two positions that prove it.
 *
 * @param state the state
 * @param claim the claim
 * @param date the date of the later position
 * @param from the stance before
 * @param to the stance after
 * @param before the earlier position
 * @param beforeVersion its version
 * @param after the later position
 * @param afterVersion its version
 */
public record StanceShifted(StateCode state, Claim claim, LocalDate date, Stance from, Stance to,
    PositionRef before, int beforeVersion, PositionRef after, int afterVersion) {

  /** Returns the event for a shift. */
  public static StanceShifted of(Shift s) {
    return new StanceShifted(s.state(), s.claim(), s.date(), s.from(), s.to(), s.before().position().ref(),
        s.before().position().version(), s.after().position().ref(), s.after().position().version());
  }
}

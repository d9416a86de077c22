package org.tribunal.positions;

import java.time.LocalDate;
import org.tribunal.shared.StateCode;

/**
 * A change of a state's stance on a claim, with the two positions that prove it: the last one
 * expressing the old stance and the first one expressing the new.
 *
 * @param state the state
 * @param claim the claim
 * @param date the date of the position that shows the new stance
 * @param from the old stance
 * @param to the new stance
 * @param before the last position with the old stance
 * @param after the first position with the new stance
 */
public record Shift(
    StateCode state, Claim claim, LocalDate date, Stance from, Stance to, StancePoint before, StancePoint after) {

  /** Returns whether either proving position is unconfirmed, so the shift is too. */
  public boolean unconfirmed() {
    return before.position().unconfirmed() || after.position().unconfirmed() || after.text().unconfirmed();
  }

  /** Returns a stable id of the shift, for feeds: state, claim and the two position keys. */
  public String id() {
    return state.value() + ":" + claim.code() + ":" + before.position().ref().key() + "/" + before.position().version()
        + ":" + after.position().ref().key() + "/" + after.position().version();
  }
}

package org.tribunal.coalition;

import java.time.LocalDate;
import org.tribunal.shared.DomainException;

/**
 * Thrown when an instrument action does not follow from what the party has done before, for example ratifying before
 * signing where signature is required, withdrawing before being a party, or acting after withdrawal (409,
 * {@code /problems/illegal-action-sequence}, field {@code act}).
 */
public final class IllegalActionSequenceException extends DomainException {

  private IllegalActionSequenceException(String detail) {
    super("illegal-action-sequence", 409, "Illegal sequence of instrument actions", detail);
  }

  /**
   * Returns the exception for {@code party} trying {@code act} on {@code on} while in {@code status}.
   *
   * @param explanation why the move is illegal, in a full sentence
   */
  public static IllegalActionSequenceException of(Party party, ParticipationAct act, LocalDate on,
      ParticipationStatus status, String explanation) {
    var e = new IllegalActionSequenceException(explanation);
    e.with("field", "act");
    e.with("party", party.toString());
    e.with("act", act.name());
    e.with("date", on.toString());
    e.with("status", status.name());
    return e;
  }
}

package org.tribunal.coalition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * Command: correct an instrument action by a new version with a reason; with {@code retract} the action is withdrawn
 * as a fact. The party's sequence of actions must still be legal afterwards.
 *
 * @param act corrected act
 * @param on corrected date
 * @param note corrected note or {@code null}
 * @param unconfirmed whether the corrected fact is unconfirmed
 * @param source its source
 * @param reason why, not blank
 * @param recordedBy who
 * @param retract whether the action is withdrawn as a fact
 */
public record InstrumentActionCorrection(ParticipationAct act, LocalDate on, @Nullable String note,
    boolean unconfirmed, SourceRef source, String reason, String recordedBy, boolean retract) {

  /** Rejects a blank reason or recorder and over-long text. */
  public InstrumentActionCorrection {
    Text.required("reason", reason);
    Text.required("recordedBy", recordedBy);
    Text.limited("note", note);
    Sources.check(source);
  }
}

package org.tribunal.coalition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * Command: record an action on an instrument. Refused with {@link IllegalActionSequenceException} when it does not
 * follow from the party's earlier actions (replayed in date order).
 *
 * @param instrument the instrument
 * @param party the state or organisation
 * @param act what was done
 * @param on when
 * @param note free note or {@code null}
 * @param unconfirmed whether the fact is unconfirmed
 * @param source where the fact comes from
 * @param recordedBy who records it
 */
public record NewInstrumentAction(InstrumentId instrument, Party party, ParticipationAct act, LocalDate on,
    @Nullable String note, boolean unconfirmed, SourceRef source, String recordedBy) {

  /** Rejects over-long text and a blank recorder. */
  public NewInstrumentAction {
    Text.limited("note", note);
    Text.required("recordedBy", recordedBy);
    Sources.check(source);
  }
}

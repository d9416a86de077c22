package org.tribunal.coalition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * Command: correct an instrument by recording its next version with these values and a reason; earlier versions stay
 * readable in the history. Fields as in {@link InstrumentView}; the identifier never changes.
 *
 * @param title corrected title, not blank
 * @param kind corrected kind
 * @param adoptedOn corrected adoption date or {@code null}
 * @param place corrected place or {@code null}
 * @param signatureRequired whether consent must follow a signature; the recorded actions must still follow
 * @param entryIntoForce corrected entry-into-force rule
 * @param ruleUnconfirmed whether the rule is unconfirmed
 * @param body related body or {@code null}
 * @param annexTo parent instrument or {@code null}
 * @param note note or {@code null}
 * @param source source of the corrected facts
 * @param reason why the correction is made, not blank
 * @param recordedBy who makes it
 */
public record InstrumentCorrection(String title, InstrumentKind kind, @Nullable LocalDate adoptedOn,
    @Nullable String place, boolean signatureRequired, EntryIntoForceRule entryIntoForce, boolean ruleUnconfirmed,
    @Nullable BodyId body, @Nullable InstrumentId annexTo, @Nullable String note, SourceRef source, String reason,
    String recordedBy) {

  /** Rejects a blank title, reason or recorder and over-long text. */
  public InstrumentCorrection {
    Text.required("title", title);
    Text.required("reason", reason);
    Text.required("recordedBy", recordedBy);
    Text.limited("place", place);
    Text.limited("note", note);
    Sources.check(source);
  }
}

package org.tribunal.coalition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * Command: register an instrument. Fields as in {@link InstrumentView}.
 *
 * @param id identifier
 * @param title full title, not blank
 * @param kind kind
 * @param adoptedOn adoption date or {@code null}
 * @param place place or {@code null}
 * @param signatureRequired whether consent must follow a signature
 * @param entryIntoForce entry-into-force rule
 * @param ruleUnconfirmed whether the rule is unconfirmed
 * @param body related body or {@code null}
 * @param annexTo parent instrument or {@code null}
 * @param note note or {@code null}
 * @param source source
 * @param recordedBy who registers it (a user name, or {@code seed})
 */
public record NewInstrument(InstrumentId id, String title, InstrumentKind kind, @Nullable LocalDate adoptedOn,
    @Nullable String place, boolean signatureRequired, EntryIntoForceRule entryIntoForce, boolean ruleUnconfirmed,
    @Nullable BodyId body, @Nullable InstrumentId annexTo, @Nullable String note, SourceRef source,
    String recordedBy) {

  /** Rejects a blank title and over-long text. */
  public NewInstrument {
    Text.required("title", title);
    Text.required("recordedBy", recordedBy);
    Text.limited("place", place);
    Text.limited("note", note);
    Sources.check(source);
  }
}

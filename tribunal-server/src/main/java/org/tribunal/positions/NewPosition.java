package org.tribunal.positions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * A state's position on a text, to record.
 *
 * @param state the state
 * @param text the text
 * @param kind what it did
 * @param date when
 * @param explanation its explanation of vote or statement, if any
 * @param source where this is reported
 * @param unconfirmed whether the position could not be confirmed
 * @param note remarks on the evidence
 */
public record NewPosition(
    StateCode state,
    TextId text,
    PositionKind kind,
    LocalDate date,
    @Nullable String explanation,
    SourceRef source,
    boolean unconfirmed,
    @Nullable String note) {

  /** Requires the date, kind and source. */
  public NewPosition {
    if (date == null) {
      throw InvalidPositionException.field("date", "a position needs a date");
    }
    if (kind == null) {
      throw InvalidPositionException.field("kind", "a position needs a kind");
    }
    if (source == null) {
      throw InvalidPositionException.field("source", "a position needs a source");
    }
  }

  /** Returns the reference of the position this records. */
  public PositionRef ref() {
    return new PositionRef(text, state, kind.slot());
  }
}

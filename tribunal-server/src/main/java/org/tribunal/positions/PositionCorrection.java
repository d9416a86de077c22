package org.tribunal.positions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * A correction of a position: a new version that replaces the current one for reads, with the
 * reason. The old version stays readable in the history.
 *
 * @param kind the corrected kind (must fill the same slot)
 * @param date the corrected date
 * @param explanation the explanation, if any
 * @param source the source of the correction
 * @param unconfirmed whether it is unconfirmed
 * @param note remarks
 * @param retract whether the position is withdrawn from the record (it never happened)
 * @param reason why the correction is made
 */
public record PositionCorrection(
    PositionKind kind,
    LocalDate date,
    @Nullable String explanation,
    SourceRef source,
    boolean unconfirmed,
    @Nullable String note,
    boolean retract,
    String reason) {

  /** Requires a reason. */
  public PositionCorrection {
    if (reason == null || reason.isBlank()) {
      throw InvalidPositionException.field("reason", "a correction needs a reason");
    }
  }
}

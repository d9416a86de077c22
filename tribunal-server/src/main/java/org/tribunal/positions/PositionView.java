package org.tribunal.positions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * One version of a recorded position, with the disputes recorded beside it.
 *
 * @param ref which position
 * @param version version number, 1 for the first
 * @param kind what the state did
 * @param date when
 * @param explanation its explanation, if any
 * @param source where this is reported
 * @param unconfirmed whether the position could not be confirmed
 * @param note remarks
 * @param retracted whether this version withdraws the position
 * @param reason why this version was recorded (corrections and imports)
 * @param recordedBy who recorded it
 * @param recordedAt when
 * @param disputes disputes recorded against the position, oldest first
 */
public record PositionView(
    PositionRef ref,
    int version,
    PositionKind kind,
    LocalDate date,
    @Nullable String explanation,
    SourceRef source,
    boolean unconfirmed,
    @Nullable String note,
    boolean retracted,
    @Nullable String reason,
    String recordedBy,
    Instant recordedAt,
    List<DisputeView> disputes) {

  /** Copies the disputes. */
  public PositionView {
    disputes = List.copyOf(disputes);
  }

  /** Returns the state. */
  public StateCode state() {
    return ref.state();
  }

  /** Returns the text. */
  public TextId text() {
    return ref.text();
  }

  /** Returns whether the state's delegation disputes this position. */
  public boolean disputed() {
    return !disputes.isEmpty();
  }

  /** Returns a copy carrying {@code newDisputes}. */
  public PositionView withDisputes(List<DisputeView> newDisputes) {
    return new PositionView(ref, version, kind, date, explanation, source, unconfirmed, note, retracted, reason,
        recordedBy, recordedAt, newDisputes);
  }
}

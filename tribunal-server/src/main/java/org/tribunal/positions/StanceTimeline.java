package org.tribunal.positions;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.StateCode;

/**
 * A state's stance on one claim over time: every position it took on a text making the claim that
 * expresses a stance, in the order they were taken, and the shifts between them.
 *
 * <p>The order is by date, then the act's phase within the day (sponsorship before vote), then the
 * text key and kind, so the timeline never depends on the order the positions were recorded in.
 *
 * @param state the state
 * @param claim the claim
 * @param asOf the last date taken into account
 * @param points the stance points, oldest first
 * @param shifts the changes of stance, oldest first
 */
public record StanceTimeline(
    StateCode state, Claim claim, LocalDate asOf, List<StancePoint> points, List<Shift> shifts) {

  /** Copies the lists. */
  public StanceTimeline {
    points = List.copyOf(points);
    shifts = List.copyOf(shifts);
  }

  /**
   * Returns the stance on {@code date}: that of the latest point on or before it.
   *
   * @return the stance, or {@code null} if the state had taken no position on the claim by then
   */
  public @Nullable Stance stanceOn(LocalDate date) {
    Stance found = null;
    for (StancePoint p : points) {
      if (p.date().isAfter(date)) {
        break;
      }
      found = p.stance();
    }
    return found;
  }

  /** Returns the current stance as of {@link #asOf()}, or {@code null} if there is none. */
  public @Nullable Stance current() {
    return points.isEmpty() ? null : points.get(points.size() - 1).stance();
  }
}

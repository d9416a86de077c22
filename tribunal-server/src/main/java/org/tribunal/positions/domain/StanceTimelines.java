package org.tribunal.positions.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tribunal.positions.Claim;
import org.tribunal.positions.PositionView;
import org.tribunal.positions.Shift;
import org.tribunal.positions.StancePoint;
import org.tribunal.positions.StanceTimeline;
import org.tribunal.positions.TextId;
import org.tribunal.positions.TextView;
import org.tribunal.shared.StateCode;

/**
 * Derives stance timelines and shifts from positions: a pure calculation.
 *
 * <p>Positions are put in a total order that depends only on their content (date, phase of the act
 * within the day, text key, slot, kind, version), so the result never depends on the order in which
 * positions were recorded or read.
 */
public final class StanceTimelines {

  /** The order in which positions took effect. */
  public static final Comparator<PositionView> CHRONOLOGICAL =
      Comparator.comparing(PositionView::date)
          .thenComparingInt(p -> p.kind().phase())
          .thenComparing(p -> p.ref().text())
          .thenComparing(p -> p.ref().slot())
          .thenComparing(PositionView::kind)
          .thenComparingInt(PositionView::version)
          .thenComparing(p -> p.ref().state());

  private static final Comparator<StancePoint> POINTS = Comparator.comparing(StancePoint::position, CHRONOLOGICAL);

  private StanceTimelines() {}

  /**
   * Computes the timeline of {@code state} on {@code claim} up to {@code asOf}.
   *
   * @param positions current positions (of any states, on any texts; others are ignored)
   * @param texts the texts by key; positions on texts missing here or not making the claim are ignored
   * @return the timeline; empty if no position counts
   */
  public static StanceTimeline compute(StateCode state, Claim claim, LocalDate asOf,
      Collection<PositionView> positions, Map<TextId, TextView> texts) {
    List<StancePoint> points = new ArrayList<>();
    for (PositionView p : positions) {
      if (!p.state().equals(state) || p.retracted() || !p.kind().counts() || p.date().isAfter(asOf)) {
        continue;
      }
      TextView text = texts.get(p.text());
      if (text != null && text.claims().contains(claim)) {
        points.add(new StancePoint(p.date(), p.kind().stance(), p, text));
      }
    }
    points.sort(POINTS);
    return withShifts(state, claim, asOf, points);
  }

  /**
   * Computes the timeline as {@link #compute} does, from positions known to be the stance points of
   * {@code state} on {@code claim}: current, not retracted, on texts making the claim, in {@link #CHRONOLOGICAL}
   * order (as a stored timeline holds them). Only what a stance point may still lack is checked: that the
   * position expresses a stance and is dated by {@code asOf}.
   *
   * @param texts the texts by key, with every text of the positions
   */
  static StanceTimeline ofStancePoints(StateCode state, Claim claim, LocalDate asOf, List<PositionView> chronological,
      Map<TextId, TextView> texts) {
    List<StancePoint> points = new ArrayList<>(chronological.size());
    for (PositionView p : chronological) {
      if (p.kind().counts() && !p.date().isAfter(asOf)) {
        points.add(new StancePoint(p.date(), p.kind().stance(), p, texts.get(p.text())));
      }
    }
    return withShifts(state, claim, asOf, points);
  }

  /** The timeline of points in chronological order, with a shift wherever the stance changes. */
  private static StanceTimeline withShifts(StateCode state, Claim claim, LocalDate asOf, List<StancePoint> points) {
    List<Shift> shifts = new ArrayList<>();
    StancePoint previous = null;
    for (StancePoint point : points) {
      if (previous != null && previous.stance() != point.stance()) {
        shifts.add(new Shift(state, claim, point.date(), previous.stance(), point.stance(), previous, point));
      }
      previous = point;
    }
    return new StanceTimeline(state, claim, asOf, points, shifts);
  }
}

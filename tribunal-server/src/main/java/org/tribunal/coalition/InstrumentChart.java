package org.tribunal.coalition;

import java.util.List;

/**
 * A chart of signatures and ratifications as of a date: the instrument's standing and one row per party that has
 * acted on it, sorted by party code.
 *
 * @param standing the instrument's standing
 * @param rows one row per party
 */
public record InstrumentChart(InstrumentStanding standing, List<ChartRow> rows) {

  /** Copies the rows. */
  public InstrumentChart {
    rows = List.copyOf(rows);
  }
}

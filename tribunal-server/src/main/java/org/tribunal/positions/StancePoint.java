package org.tribunal.positions;

import java.time.LocalDate;

/**
 * A point of a stance timeline: from {@code date} the state's stance on the claim is {@code stance},
 * because of {@code position} on {@code text}.
 *
 * @param date the date of the position
 * @param stance the stance it expresses
 * @param position the position
 * @param text the text it is on
 */
public record StancePoint(LocalDate date, Stance stance, PositionView position, TextView text) {}

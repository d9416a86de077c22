package org.tribunal.positions;

import org.jspecify.annotations.Nullable;

/**
 * A position a rule evaluation looked at, with what it made of it.
 *
 * @param position the position
 * @param text the text it is on
 * @param stance the stance it expresses, if any
 * @param consideration deciding, or why it did not count
 */
public record ConsideredPosition(
    PositionView position, TextView text, @Nullable Stance stance, Consideration consideration) {}

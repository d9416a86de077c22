package org.tribunal.positions;

import org.jspecify.annotations.Nullable;

/**
 * A dispute to record beside a position.
 *
 * @param statement what the state says about the position
 * @param sourceUrl where it said so, if public
 */
public record NewDispute(String statement, @Nullable String sourceUrl) {

  /** Requires a statement. */
  public NewDispute {
    if (statement == null || statement.isBlank()) {
      throw InvalidPositionException.field("statement", "a dispute needs a statement");
    }
  }
}

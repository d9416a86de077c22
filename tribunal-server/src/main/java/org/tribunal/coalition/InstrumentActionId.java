package org.tribunal.coalition;

import java.util.UUID;

/**
 * Identifies an instrument action across all its versions.
 *
 * @param value the UUID
 */
public record InstrumentActionId(UUID value) {

  /** Returns a fresh random id. */
  public static InstrumentActionId random() {
    return new InstrumentActionId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

package org.tribunal.evidence;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of an evidence item (an original held in the vault).
 *
 * @param value the UUID
 */
public record EvidenceId(UUID value) {

  public EvidenceId {
    Objects.requireNonNull(value, "value");
  }

  /** A new random id. */
  public static EvidenceId random() {
    return new EvidenceId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @throws UnknownEvidenceException if {@code text} is not a UUID: no item can have that id
   */
  public static EvidenceId parse(String text) {
    try {
      return new EvidenceId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw UnknownEvidenceException.withId(text);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

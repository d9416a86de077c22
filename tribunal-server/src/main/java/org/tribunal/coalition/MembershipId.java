package org.tribunal.coalition;

import java.util.UUID;

/**
 * Identifies a membership across all its versions.
 *
 * @param value the UUID
 */
public record MembershipId(UUID value) {

  /** Returns a fresh random id. */
  public static MembershipId random() {
    return new MembershipId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

package org.tribunal.coalition;

/**
 * Identifies a body or group (e.g. {@code CORE_GROUP}, {@code G7}, {@code COE}): upper-case letters, digits and
 * underscores, 2 to 40 characters.
 *
 * @param value the identifier
 */
public record BodyId(String value) {

  /** Checks the format; a bad id is a {@link InvalidIdentifierException} naming the field {@code bodyId}. */
  public BodyId {
    InvalidIdentifierException.require("bodyId", value);
  }

  /** Returns the id for {@code value}. */
  public static BodyId of(String value) {
    return new BodyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

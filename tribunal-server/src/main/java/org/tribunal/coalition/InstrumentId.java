package org.tribunal.coalition;

/**
 * Identifies an instrument (e.g. {@code AGR_UKR_COE_ST}): upper-case letters, digits and underscores, 2 to 40
 * characters.
 *
 * @param value the identifier
 */
public record InstrumentId(String value) {

  /** Checks the format; a bad id is a {@link InvalidIdentifierException} naming the field {@code instrumentId}. */
  public InstrumentId {
    InvalidIdentifierException.require("instrumentId", value);
  }

  /** Returns the id for {@code value}. */
  public static InstrumentId of(String value) {
    return new InstrumentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

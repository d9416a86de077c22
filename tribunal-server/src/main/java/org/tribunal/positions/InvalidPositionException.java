package org.tribunal.positions;

/** Thrown when a value given for a text, position, claim or rule is not acceptable (400). */
public final class InvalidPositionException extends org.tribunal.shared.DomainException {

  private static final long serialVersionUID = 1L;

  private InvalidPositionException(String detail) {
    super("invalid-position-field", 400, "Invalid field", detail);
  }

  /**
   * Describes a bad value.
   *
   * @param field the field at fault
   * @param detail what is wrong with it
   * @return the exception, naming the field
   */
  public static InvalidPositionException field(String field, String detail) {
    InvalidPositionException e = new InvalidPositionException(detail);
    e.with("field", field);
    return e;
  }
}

package org.tribunal.coalition;

import org.tribunal.shared.DomainException;

/** Thrown when a command field is missing, blank or too long (400, {@code /problems/invalid-field}, naming the field). */
public final class InvalidFieldException extends DomainException {

  private InvalidFieldException(String field, String detail) {
    super("invalid-field", 400, "Invalid field", field + " " + detail);
    with("field", field);
  }

  /** Returns the exception for {@code field}, with {@code rule} saying what it must be ("must not be blank"). */
  public static InvalidFieldException of(String field, String rule) {
    return new InvalidFieldException(field, rule);
  }
}

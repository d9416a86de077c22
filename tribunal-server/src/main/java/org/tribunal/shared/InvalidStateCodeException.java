package org.tribunal.shared;

import org.jspecify.annotations.Nullable;

/** Thrown when a value that should be an ISO 3166-1 alpha-3 code is not of that form. */
public final class InvalidStateCodeException extends DomainException {

  private static final long serialVersionUID = 1L;

  private InvalidStateCodeException(String detail) {
    super("invalid-state-code", 400, "Invalid state code", detail);
  }

  /**
   * Describes what was wrong with {@code value}.
   *
   * @param value the rejected value, possibly null
   * @return the exception
   */
  public static InvalidStateCodeException of(@Nullable String value) {
    InvalidStateCodeException e =
        new InvalidStateCodeException(
            "'"
                + value
                + "' is not an ISO 3166-1 alpha-3 code: expected three upper-case letters, e.g. UKR");
    e.with("value", String.valueOf(value));
    return e;
  }
}

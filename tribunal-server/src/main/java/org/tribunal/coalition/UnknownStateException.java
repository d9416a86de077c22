package org.tribunal.coalition;

import org.tribunal.shared.DomainException;

/** Thrown when no state with the given code is registered (404, {@code /problems/unknown-state}). */
public final class UnknownStateException extends DomainException {

  private UnknownStateException(String code) {
    super("unknown-state", 404, "Unknown state", "no state with code " + code + " is registered");
    with("stateCode", code);
    with("field", "state");
  }

  /** Returns the exception for {@code code}. */
  public static UnknownStateException of(String code) {
    return new UnknownStateException(code);
  }
}

package org.tribunal.coalition;

import org.tribunal.shared.DomainException;

/** Thrown when registering a state, body or instrument whose id is already taken (409, {@code /problems/duplicate-id}). */
public final class DuplicateEntityException extends DomainException {

  private DuplicateEntityException(String what, String id) {
    super("duplicate-id", 409, "Already registered", "a " + what + " with id " + id + " is already registered");
    with("field", "id");
    with("id", id);
  }

  /** Returns the exception for a {@code what} ("state", "body", "instrument") with {@code id}. */
  public static DuplicateEntityException of(String what, String id) {
    return new DuplicateEntityException(what, id);
  }
}

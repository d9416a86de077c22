package org.tribunal.access;

import org.tribunal.shared.DomainException;

/**
 * A user or token command breaks a rule: bad user name, weak password, a delegation without
 * exactly one state (422, {@code /problems/invalid-user}). The {@code field} member names the input.
 */
public final class InvalidUserException extends DomainException {

  private InvalidUserException(String field, String detail) {
    super("invalid-user", 422, "Invalid user", detail);
    with("field", field);
  }

  /** The user name is not 2 to 64 lower-case letters, digits, dots, dashes or underscores. */
  public static InvalidUserException badUsername(String username) {
    return new InvalidUserException(
        "username", "A user name has 2 to 64 characters: a-z, 0-9, '.', '_', '-' (got '" + username + "').");
  }

  /** A required text is blank or too long. */
  public static InvalidUserException badText(String field, int maxLength) {
    return new InvalidUserException(field, "'" + field + "' must have 1 to " + maxLength + " characters.");
  }

  /** The password is shorter than the minimum. */
  public static InvalidUserException weakPassword(int minLength) {
    return new InvalidUserException("password", "A password has at least " + minLength + " characters.");
  }

  /** A compartment name that is not 1 to 64 lower-case letters, digits or dashes. */
  public static InvalidUserException badCompartment(String compartment) {
    return new InvalidUserException(
        "compartments", "A compartment name has 1 to 64 characters: a-z, 0-9, '-' (got '" + compartment + "').");
  }

  /** A delegation user without a state. */
  public static InvalidUserException delegationWithoutState() {
    return new InvalidUserException("state", "A DELEGATION user is bound to exactly one state.");
  }

  /** A state given to a user that is not a delegation. */
  public static InvalidUserException stateWithoutDelegation() {
    return new InvalidUserException("state", "Only a DELEGATION user is bound to a state.");
  }
}

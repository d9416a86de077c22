package org.tribunal.access;

import org.tribunal.shared.DomainException;

/** No user has the given name (404, {@code /problems/unknown-user}). */
public final class UnknownUserException extends DomainException {

  private UnknownUserException(String username) {
    super("unknown-user", 404, "Unknown user", "There is no user named '" + username + "'.");
    with("username", username);
  }

  /** The user {@code username} does not exist. */
  public static UnknownUserException named(String username) {
    return new UnknownUserException(username);
  }
}

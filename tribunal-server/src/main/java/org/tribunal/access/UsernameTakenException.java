package org.tribunal.access;

import org.tribunal.shared.DomainException;

/** A user of the given name exists already (409, {@code /problems/username-taken}). */
public final class UsernameTakenException extends DomainException {

  private UsernameTakenException(String username) {
    super("username-taken", 409, "Username taken", "A user named '" + username + "' exists already.");
    with("username", username);
  }

  /** The name {@code username} is taken. */
  public static UsernameTakenException named(String username) {
    return new UsernameTakenException(username);
  }
}

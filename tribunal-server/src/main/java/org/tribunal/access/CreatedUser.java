package org.tribunal.access;

/**
 * A user just created or whose password was just reset, with the password in clear text. The
 * password is shown once to the administrator and never stored or logged in clear text.
 *
 * @param user the account
 * @param password the password to hand to the user
 */
public record CreatedUser(UserView user, String password) {

  @Override
  public String toString() {
    return "CreatedUser[user=" + user.username() + "]";
  }
}

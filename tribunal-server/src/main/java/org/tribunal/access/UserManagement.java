package org.tribunal.access;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/**
 * Administration of user accounts. Each method is one transaction; callers are authorised by the
 * web layer (administrators only).
 */
public interface UserManagement {

  /**
   * Creates a user.
   *
   * @return the user and its password (the given one, or a generated one)
   * @throws InvalidUserException if the name, password or the role/state binding is not allowed
   * @throws UsernameTakenException if a user of that name exists
   */
  CreatedUser create(NewUser newUser);

  /** All users ordered by name. */
  List<UserView> list();

  /**
   * The user named {@code username}.
   *
   * @throws UnknownUserException if there is none
   */
  UserView get(String username);

  /**
   * Replaces the roles of a user and binds it to {@code state}. A {@link Role#DELEGATION} user is
   * bound to exactly one state; any other user to none.
   *
   * @throws UnknownUserException if there is no such user
   * @throws InvalidUserException if the role/state binding is not allowed
   */
  UserView assignRoles(String username, Set<Role> roles, @Nullable StateCode state);

  /**
   * Sets the clearance level and the compartments of a user, replacing the previous ones. A read of a
   * classified record needs both, for every role including administrators.
   *
   * @param compartments compartment names: 1 to 64 lower-case letters, digits or dashes
   * @throws UnknownUserException if there is no such user
   * @throws InvalidUserException if a compartment name is not allowed
   */
  UserView grantClearance(String username, Classification clearance, Set<String> compartments);

  /**
   * Disables a user: it can no longer sign in, and its tokens stop working.
   *
   * @throws UnknownUserException if there is no such user
   */
  UserView disable(String username);

  /**
   * Enables a disabled user again.
   *
   * @throws UnknownUserException if there is no such user
   */
  UserView enable(String username);

  /**
   * Gives a user a new random password.
   *
   * @return the user and the new password, to be shown once
   * @throws UnknownUserException if there is no such user
   */
  CreatedUser resetPassword(String username);
}

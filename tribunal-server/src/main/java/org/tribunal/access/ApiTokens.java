package org.tribunal.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** API tokens: issued by administrators, shown once, stored hashed, revocable. */
public interface ApiTokens {

  /**
   * Issues a token acting as {@code username}.
   *
   * @param username the user the token acts as
   * @param name what the token is for, 1 to 100 characters
   * @return the token with its secret, to be shown once
   * @throws UnknownUserException if there is no such user
   * @throws InvalidUserException if the name is blank or too long
   */
  IssuedApiToken issue(String username, String name);

  /** All tokens, newest first, without secrets. */
  List<ApiTokenView> list();

  /**
   * Revokes a token; revoking a revoked token changes nothing.
   *
   * @throws UnknownApiTokenException if there is no such token
   */
  ApiTokenView revoke(UUID id);

  /**
   * The user a presented secret authenticates, and notes the token's use.
   *
   * @return the user, or empty when the secret is unknown, revoked, or its user is disabled
   */
  Optional<CurrentUser> authenticate(String secret);
}

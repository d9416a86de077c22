package org.tribunal.access;

import java.util.Optional;

/**
 * Reads for other modules: who is calling, and what is known about a user.
 *
 * <p>Thread-safe; {@link #currentUser()} reads the calling thread's security context.
 */
public interface AccessQueries {

  /**
   * The user behind the current request or thread.
   *
   * @return the signed-in user, or {@link CurrentUser#anonymous()} when nobody is signed in
   */
  CurrentUser currentUser();

  /**
   * The user named {@code username} as it would act when signed in.
   *
   * @return the user, or empty when no such user exists (disabled users are returned)
   */
  Optional<CurrentUser> findUser(String username);
}

package org.tribunal.positions.domain;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is recording a change: the signed-in user's name, or {@code system} for start-up imports. */
final class Recorder {

  private Recorder() {}

  static String current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth.getName() == null
        || "anonymousUser".equals(auth.getName())) {
      return "system";
    }
    return auth.getName();
  }
}

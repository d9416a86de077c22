package org.tribunal.access.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tribunal.access.AccessQueries;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.Role;

/** Puts who is signed in into every page's model, for the layout's session fragment. */
@ControllerAdvice
class SessionModel {

  private final AccessQueries queries;

  SessionModel(AccessQueries queries) {
    this.queries = queries;
  }

  /** What the layout shows about the signed-in user. */
  record SessionView(boolean signedIn, String displayName, boolean admin) {}

  @ModelAttribute("accessSession")
  SessionView session() {
    CurrentUser user = queries.currentUser();
    return new SessionView(!user.isAnonymous(), user.displayName(), user.hasRole(Role.ADMIN));
  }
}

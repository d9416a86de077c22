package org.tribunal.access.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles {@code POST /login} and {@code POST /logout}. */
@Controller
class LoginController {

  @GetMapping("/login")
  @PreAuthorize("permitAll()")
  String login() {
    return "access/login";
  }
}

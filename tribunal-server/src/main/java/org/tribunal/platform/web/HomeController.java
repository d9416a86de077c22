package org.tribunal.platform.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what Tribunal is and where to go from here. */
@Controller
class HomeController {

  @GetMapping("/")
  @PreAuthorize("permitAll()")
  String home() {
    return "index";
  }
}

package org.tribunal.platform.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says on the console where Tribunal can be reached, once it is ready: after the web server is up
 * and the start-up work (migrations, demo data) has finished.
 */
@Component
class StartupAnnouncement {

  @EventListener
  void announce(ApplicationReadyEvent event) {
    if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
      System.out.println();
      System.out.println("  Tribunal is running at http://localhost:" + web.getWebServer().getPort() + "/");
      System.out.println();
    }
  }
}

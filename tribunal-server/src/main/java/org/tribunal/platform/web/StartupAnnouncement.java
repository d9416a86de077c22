package org.tribunal.platform.web;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says on the console where Tribunal can be reached once its web server is up. */
@Component
class StartupAnnouncement {

  @EventListener
  void announce(WebServerInitializedEvent event) {
    if ("".equals(event.getApplicationContext().getServerNamespace())
        || event.getApplicationContext().getServerNamespace() == null) {
      System.out.println();
      System.out.println("  Tribunal is running at http://localhost:" + event.getWebServer().getPort() + "/");
      System.out.println();
    }
  }
}

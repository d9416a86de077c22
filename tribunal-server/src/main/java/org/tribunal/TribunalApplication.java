package org.tribunal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Tribunal: the system of record for a special tribunal for the crime of aggression and for
 * the coalition of states that builds it.
 *
 * <p>Each top-level package below this one is an application module (see {@code docs/architecture.md}).
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "shared", systemName = "Tribunal")
public class TribunalApplication {

  /**
   * Runs the server. With no database configured it starts an embedded PostgreSQL.
   *
   * @param args Spring Boot command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(TribunalApplication.class, args);
  }
}

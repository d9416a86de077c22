package org.tribunal.access.domain;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.tribunal.access.CreatedUser;
import org.tribunal.access.NewUser;
import org.tribunal.access.Role;
import org.tribunal.access.UserManagement;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/**
 * Creates the first administrator when no user exists, and the demo users in demo mode
 * ({@code tribunal.demo}, default on with the embedded database), and prints their credentials once
 * to the console, never to the log.
 */
@Component
class InitialAccounts {

  /** The demo users: name, display name, role, state. */
  static final List<NewUser> DEMO_USERS = List.of(
      new NewUser("secretariat", "Coalition secretariat (demo)", Set.of(Role.SECRETARIAT), null, null),
      new NewUser("delegation-usa", "Delegation of the United States (demo)", Set.of(Role.DELEGATION),
          StateCode.of("USA"), null),
      new NewUser("delegation-ukr", "Delegation of Ukraine (demo)", Set.of(Role.DELEGATION),
          StateCode.of("UKR"), null),
      new NewUser("registrar", "Registrar (demo)", Set.of(Role.REGISTRAR), null, null));

  /**
   * The demo users' clearances, so that they can read what the demo data and their own uploads hold
   * (evidence is RESTRICTED by default; the sample notes use the {@code statute-drafting} compartment).
   */
  static final Map<String, DemoClearance> DEMO_CLEARANCES = Map.of(
      "registrar", new DemoClearance(Classification.CONFIDENTIAL, Set.of("statute-drafting")),
      "secretariat", new DemoClearance(Classification.RESTRICTED, Set.of()));

  /** A clearance level with its compartments. */
  record DemoClearance(Classification level, Set<String> compartments) {}

  private final UserAccountRepository accounts;
  private final UserManagement users;
  private final AccessProperties properties;
  private final Environment environment;

  InitialAccounts(
      UserAccountRepository accounts, UserManagement users, AccessProperties properties, Environment environment) {
    this.accounts = accounts;
    this.users = users;
    this.properties = properties;
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createMissingAccounts() {
    List<String> lines = new ArrayList<>();
    if (accounts.isEmpty()) {
      String configured = properties.initialAdminPassword();
      CreatedUser admin = users.create(new NewUser(
          properties.initialAdminUsername(),
          "Administrator",
          Set.of(Role.ADMIN),
          null,
          configured == null || configured.isBlank() ? null : configured));
      lines.add("First administrator: " + admin.user().username() + " / "
          + (configured == null || configured.isBlank()
              ? admin.password()
              : "(password from tribunal.access.initial-admin-password)"));
    }
    if (isDemo()) {
      for (NewUser demo : DEMO_USERS) {
        if (!accounts.exists(demo.username())) {
          CreatedUser created = users.create(demo);
          DemoClearance clearance = DEMO_CLEARANCES.get(demo.username());
          if (clearance != null) {
            users.grantClearance(demo.username(), clearance.level(), clearance.compartments());
          }
          lines.add("Demo user " + created.user().username() + " / " + created.password());
        }
      }
    }
    if (!lines.isEmpty()) {
      announce(baseUrl(), lines);
    }
  }

  private boolean isDemo() {
    boolean external = environment.containsProperty("spring.datasource.url")
        || environment.containsProperty("TRIBUNAL_DB_URL");
    return environment.getProperty("tribunal.demo", Boolean.class, !external);
  }

  private String baseUrl() {
    @Nullable String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    String contextPath = environment.getProperty("server.servlet.context-path", "");
    return "http://localhost:" + port + contextPath + "/";
  }

  /**
   * Writes the credentials to standard output only: they must reach the operator once and must not
   * end up in a log file, which is why this does not go through the logging system.
   */
  private static void announce(String url, List<String> lines) {
    PrintStream console = System.out;
    StringBuilder text = new StringBuilder("\n").append("=".repeat(72)).append('\n');
    text.append(" Tribunal: ").append(url).append('\n');
    lines.forEach(line -> text.append(' ').append(line).append('\n'));
    text.append(" These passwords are shown only now. Sign in at ").append(url).append("login\n");
    text.append("=".repeat(72)).append('\n');
    console.print(text);
    console.flush();
  }
}

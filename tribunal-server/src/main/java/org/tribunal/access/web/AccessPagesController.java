package org.tribunal.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tribunal.access.AccessAudit;
import org.tribunal.access.ApiTokens;
import org.tribunal.access.AuditQuery;
import org.tribunal.access.AuditTrail;
import org.tribunal.access.CreatedUser;
import org.tribunal.access.IssuedApiToken;
import org.tribunal.access.NewUser;
import org.tribunal.access.Role;
import org.tribunal.access.UserManagement;
import org.tribunal.shared.Classification;
import org.tribunal.shared.DomainException;

/**
 * Administrators' pages: users, API tokens, the access audit. A password or token secret is shown
 * once, in the answer to the form that made it, and is never put in the session.
 */
@Controller
@RequestMapping("/access")
class AccessPagesController {

  private final UserManagement users;
  private final ApiTokens tokens;
  private final AuditTrail trail;
  private final AccessAudit audit;

  AccessPagesController(UserManagement users, ApiTokens tokens, AuditTrail trail, AccessAudit audit) {
    this.users = users;
    this.tokens = tokens;
    this.trail = trail;
    this.audit = audit;
  }

  @GetMapping("/users")
  @PreAuthorize("hasRole('ADMIN')")
  String users(Model model) {
    model.addAttribute("users", users.list());
    model.addAttribute("roles", Role.values());
    model.addAttribute("levels", Classification.values());
    return "access/users";
  }

  @PostMapping("/users")
  @PreAuthorize("hasRole('ADMIN')")
  String createUser(
      @RequestParam String username,
      @RequestParam String displayName,
      @RequestParam(required = false) @Nullable List<Role> roles,
      @RequestParam(required = false) @Nullable String state,
      Model model) {
    try {
      CreatedUser created = users.create(new NewUser(
          username, displayName, roles == null ? Set.of() : EnumSet.copyOf(roles),
          AccessBodies.state(state), null));
      audit.describeWrite("access/user/" + created.user().username());
      model.addAttribute("issuedPassword", created);
    } catch (DomainException rejected) {
      model.addAttribute("error", rejected.getMessage());
    }
    return users(model);
  }

  @PostMapping("/users/{username}/roles")
  @PreAuthorize("hasRole('ADMIN')")
  String assignRoles(
      @PathVariable String username,
      @RequestParam(required = false) @Nullable List<Role> roles,
      @RequestParam(required = false) @Nullable String state,
      Model model) {
    audit.describeWrite("access/user/" + username);
    try {
      users.assignRoles(username, roles == null ? Set.of() : EnumSet.copyOf(roles), AccessBodies.state(state));
    } catch (DomainException rejected) {
      model.addAttribute("error", rejected.getMessage());
      return users(model);
    }
    return "redirect:/access/users";
  }

  @PostMapping("/users/{username}/clearance")
  @PreAuthorize("hasRole('ADMIN')")
  String grantClearance(
      @PathVariable String username,
      @RequestParam Classification clearance,
      @RequestParam(defaultValue = "") String compartments,
      Model model) {
    audit.describeWrite("access/user/" + username + "/clearance");
    Set<String> names = new java.util.TreeSet<>();
    for (String name : compartments.split("[,\\s]+")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    try {
      users.grantClearance(username, clearance, names);
    } catch (DomainException rejected) {
      model.addAttribute("error", rejected.getMessage());
      return users(model);
    }
    return "redirect:/access/users";
  }

  @PostMapping("/users/{username}/disable")
  @PreAuthorize("hasRole('ADMIN')")
  String disable(@PathVariable String username) {
    audit.describeWrite("access/user/" + username);
    users.disable(username);
    return "redirect:/access/users";
  }

  @PostMapping("/users/{username}/enable")
  @PreAuthorize("hasRole('ADMIN')")
  String enable(@PathVariable String username) {
    audit.describeWrite("access/user/" + username);
    users.enable(username);
    return "redirect:/access/users";
  }

  @PostMapping("/users/{username}/password")
  @PreAuthorize("hasRole('ADMIN')")
  String resetPassword(@PathVariable String username, Model model) {
    audit.describeWrite("access/user/" + username);
    model.addAttribute("issuedPassword", users.resetPassword(username));
    return users(model);
  }

  @GetMapping("/tokens")
  @PreAuthorize("hasRole('ADMIN')")
  String tokens(Model model) {
    model.addAttribute("tokens", tokens.list());
    model.addAttribute("users", users.list());
    return "access/tokens";
  }

  @PostMapping("/tokens")
  @PreAuthorize("hasRole('ADMIN')")
  String issueToken(@RequestParam String username, @RequestParam String name, Model model) {
    try {
      IssuedApiToken issued = tokens.issue(username, name);
      audit.describeWrite("access/token/" + issued.token().id());
      model.addAttribute("issuedToken", issued);
    } catch (DomainException rejected) {
      model.addAttribute("error", rejected.getMessage());
    }
    return tokens(model);
  }

  @PostMapping("/tokens/{id}/revoke")
  @PreAuthorize("hasRole('ADMIN')")
  String revokeToken(@PathVariable UUID id) {
    audit.describeWrite("access/token/" + id);
    tokens.revoke(id);
    return "redirect:/access/tokens";
  }

  @GetMapping("/audit")
  @PreAuthorize("hasRole('ADMIN')")
  String audit(
      @RequestParam(required = false) @Nullable String username,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String path,
      @RequestParam(required = false) @Nullable String after,
      Model model) {
    AuditQuery query = new AuditQuery(blankToNull(username), blankToNull(action), blankToNull(path), null, null);
    model.addAttribute("query", query);
    model.addAttribute("page", trail.search(query, 50, blankToNull(after)));
    return "access/audit";
  }

  @GetMapping("/audit.csv")
  @PreAuthorize("hasRole('ADMIN')")
  void auditCsv(
      @RequestParam(required = false) @Nullable String username,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String path,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
      HttpServletResponse response) throws IOException {
    AuditCsv.write(
        trail, new AuditQuery(blankToNull(username), blankToNull(action), blankToNull(path), from, to), response);
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

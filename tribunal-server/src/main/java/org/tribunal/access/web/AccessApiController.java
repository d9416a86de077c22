package org.tribunal.access.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tribunal.access.AccessAudit;
import org.tribunal.access.AccessQueries;
import org.tribunal.access.ApiTokens;
import org.tribunal.access.AuditPage;
import org.tribunal.access.AuditQuery;
import org.tribunal.access.AuditTrail;
import org.tribunal.access.CreatedUser;
import org.tribunal.access.IssuedApiToken;
import org.tribunal.access.NewUser;
import org.tribunal.access.UserManagement;
import org.tribunal.access.web.AccessBodies.AssignRolesRequest;
import org.tribunal.access.web.AccessBodies.AuditEntryResponse;
import org.tribunal.access.web.AccessBodies.CreateUserRequest;
import org.tribunal.access.web.AccessBodies.GrantClearanceRequest;
import org.tribunal.access.web.AccessBodies.IssueTokenRequest;
import org.tribunal.access.web.AccessBodies.IssuedTokenResponse;
import org.tribunal.access.web.AccessBodies.MeResponse;
import org.tribunal.access.web.AccessBodies.Page;
import org.tribunal.access.web.AccessBodies.TokenResponse;
import org.tribunal.access.web.AccessBodies.UserResponse;
import org.tribunal.access.web.AccessBodies.UserWithPasswordResponse;

/** {@code /api/v1/access}: the caller, and for administrators users, API tokens and the audit. */
@RestController
@RequestMapping("/api/v1/access")
class AccessApiController {

  private final AccessQueries queries;
  private final UserManagement users;
  private final ApiTokens tokens;
  private final AuditTrail trail;
  private final AccessAudit audit;

  AccessApiController(
      AccessQueries queries, UserManagement users, ApiTokens tokens, AuditTrail trail, AccessAudit audit) {
    this.queries = queries;
    this.users = users;
    this.tokens = tokens;
    this.trail = trail;
    this.audit = audit;
  }

  /** Who the caller is; the public gets {@code anonymous: true}. */
  @GetMapping("/me")
  @PreAuthorize("permitAll()")
  MeResponse me() {
    return MeResponse.of(queries.currentUser());
  }

  @GetMapping("/users")
  @PreAuthorize("hasRole('ADMIN')")
  Page<UserResponse> users() {
    return new Page<>(users.list().stream().map(UserResponse::of).toList(), null);
  }

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('ADMIN')")
  UserWithPasswordResponse createUser(@Valid @RequestBody CreateUserRequest request) {
    CreatedUser created = users.create(new NewUser(
        request.username(),
        request.displayName(),
        request.roles() == null ? Set.of() : request.roles(),
        AccessBodies.state(request.state()),
        request.password()));
    audit.describeWrite("access/user/" + created.user().username());
    return new UserWithPasswordResponse(UserResponse.of(created.user()), created.password());
  }

  @GetMapping("/users/{username}")
  @PreAuthorize("hasRole('ADMIN')")
  UserResponse user(@PathVariable String username) {
    return UserResponse.of(users.get(username));
  }

  @PutMapping("/users/{username}/roles")
  @PreAuthorize("hasRole('ADMIN')")
  UserResponse assignRoles(@PathVariable String username, @RequestBody AssignRolesRequest request) {
    audit.describeWrite("access/user/" + username);
    return UserResponse.of(users.assignRoles(
        username, request.roles() == null ? Set.of() : request.roles(), AccessBodies.state(request.state())));
  }

  @PutMapping("/users/{username}/clearance")
  @PreAuthorize("hasRole('ADMIN')")
  UserResponse grantClearance(@PathVariable String username, @Valid @RequestBody GrantClearanceRequest request) {
    audit.describeWrite("access/user/" + username + "/clearance");
    return UserResponse.of(users.grantClearance(
        username, request.clearance(), request.compartments() == null ? Set.of() : request.compartments()));
  }

  @PostMapping("/users/{username}/disable")
  @PreAuthorize("hasRole('ADMIN')")
  UserResponse disable(@PathVariable String username) {
    audit.describeWrite("access/user/" + username);
    return UserResponse.of(users.disable(username));
  }

  @PostMapping("/users/{username}/enable")
  @PreAuthorize("hasRole('ADMIN')")
  UserResponse enable(@PathVariable String username) {
    audit.describeWrite("access/user/" + username);
    return UserResponse.of(users.enable(username));
  }

  @PostMapping("/users/{username}/password")
  @PreAuthorize("hasRole('ADMIN')")
  UserWithPasswordResponse resetPassword(@PathVariable String username) {
    audit.describeWrite("access/user/" + username);
    CreatedUser reset = users.resetPassword(username);
    return new UserWithPasswordResponse(UserResponse.of(reset.user()), reset.password());
  }

  @GetMapping("/tokens")
  @PreAuthorize("hasRole('ADMIN')")
  Page<TokenResponse> tokens() {
    return new Page<>(tokens.list().stream().map(TokenResponse::of).toList(), null);
  }

  @PostMapping("/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('ADMIN')")
  IssuedTokenResponse issueToken(@Valid @RequestBody IssueTokenRequest request) {
    IssuedApiToken issued = tokens.issue(request.username(), request.name());
    audit.describeWrite("access/token/" + issued.token().id());
    return new IssuedTokenResponse(TokenResponse.of(issued.token()), issued.secret());
  }

  @DeleteMapping("/tokens/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  TokenResponse revokeToken(@PathVariable UUID id) {
    audit.describeWrite("access/token/" + id);
    return TokenResponse.of(tokens.revoke(id));
  }

  /** The audit, newest first, JSON with cursor pagination. */
  @GetMapping("/audit")
  @PreAuthorize("hasRole('ADMIN')")
  Page<AuditEntryResponse> audit(
      @RequestParam(required = false) @Nullable String username,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String path,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) @Nullable String after) {
    AuditPage page = trail.search(new AuditQuery(username, action, path, from, to), limit, after);
    List<AuditEntryResponse> items = page.items().stream().map(AuditEntryResponse::of).toList();
    return new Page<>(items, page.next());
  }

  /** The whole audit matching the filters as CSV ({@code Accept: text/csv} or {@code ?format=csv}). */
  @GetMapping(path = "/audit", produces = "text/csv")
  @PreAuthorize("hasRole('ADMIN')")
  void auditCsv(
      @RequestParam(required = false) @Nullable String username,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String path,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
      HttpServletResponse response) throws IOException {
    AuditCsv.write(trail, new AuditQuery(username, action, path, from, to), response);
  }

  @GetMapping(path = "/audit", params = "format=csv")
  @PreAuthorize("hasRole('ADMIN')")
  void auditCsvByParameter(
      @RequestParam(required = false) @Nullable String username,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String path,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
      HttpServletResponse response) throws IOException {
    auditCsv(username, action, path, from, to, response);
  }
}

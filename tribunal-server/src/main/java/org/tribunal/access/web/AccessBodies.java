package org.tribunal.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tribunal.access.ApiTokenView;
import org.tribunal.access.AuditEntry;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.Role;
import org.tribunal.access.UserView;
import org.tribunal.shared.StateCode;

/** Request and response bodies of {@code /api/v1/access}. */
final class AccessBodies {

  private AccessBodies() {}

  /** Body of {@code POST /users}; {@code password} is generated when absent. */
  record CreateUserRequest(
      @NotBlank String username, @NotBlank String displayName, @Nullable Set<Role> roles, @Nullable String state,
      @Nullable String password) {

    @Override
    public String toString() {
      return "CreateUserRequest[" + username + "]";
    }
  }

  /** Body of {@code PUT /users/{username}/roles}. */
  record AssignRolesRequest(@Nullable Set<Role> roles, @Nullable String state) {}

  /** Body of {@code PUT /users/{username}/clearance}. */
  record GrantClearanceRequest(@NotNull org.tribunal.shared.Classification clearance, @Nullable Set<String> compartments) {}

  /** Body of {@code POST /tokens}. */
  record IssueTokenRequest(@NotBlank String username, @NotBlank String name) {}

  /** A user. */
  record UserResponse(
      String username, String displayName, Set<String> roles, @Nullable String state, boolean enabled,
      String clearance, Set<String> compartments, Instant createdAt) {

    static UserResponse of(UserView user) {
      return new UserResponse(
          user.username(), user.displayName(), names(user.roles()), code(user.state()), user.enabled(),
          user.clearance().name(), new TreeSet<>(user.compartments()), user.createdAt());
    }
  }

  /** A user with a password shown once. */
  record UserWithPasswordResponse(UserResponse user, String password) {}

  /** The caller. */
  record MeResponse(
      String username, String displayName, boolean anonymous, Set<String> roles, @Nullable String state,
      String clearance, Set<String> compartments) {

    static MeResponse of(CurrentUser user) {
      return new MeResponse(
          user.username(), user.displayName(), user.isAnonymous(), names(user.roles()), code(user.state()),
          user.clearance().name(), new TreeSet<>(user.compartments()));
    }
  }

  /** A token without secret. */
  record TokenResponse(
      UUID id, String username, String name, Instant createdAt, String createdBy, @Nullable Instant lastUsedAt,
      @Nullable Instant revokedAt, boolean revoked) {

    static TokenResponse of(ApiTokenView token) {
      return new TokenResponse(
          token.id(), token.username(), token.name(), token.createdAt(), token.createdBy(),
          token.lastUsedAt(), token.revokedAt(), token.isRevoked());
    }
  }

  /** A token just issued, with its secret shown once. */
  record IssuedTokenResponse(TokenResponse token, String secret) {}

  /** One page of a list. */
  record Page<T>(List<T> items, @Nullable String next) {}

  /** An audit entry. */
  record AuditEntryResponse(
      long id, Instant at, String username, String action, @Nullable String method, @Nullable String path,
      @Nullable Integer status, @Nullable String objectRef, @Nullable String remoteAddress) {

    static AuditEntryResponse of(AuditEntry e) {
      return new AuditEntryResponse(
          e.id(), e.at(), e.username(), e.action(), e.method(), e.path(), e.status(), e.objectRef(),
          e.remoteAddress());
    }
  }

  static Set<String> names(Set<Role> roles) {
    Set<String> names = new TreeSet<>();
    roles.forEach(role -> names.add(role.name()));
    return names;
  }

  static @Nullable String code(@Nullable StateCode state) {
    return state == null ? null : state.value();
  }

  static @Nullable StateCode state(@Nullable String code) {
    return code == null || code.isBlank() ? null : StateCode.of(code.strip());
  }
}

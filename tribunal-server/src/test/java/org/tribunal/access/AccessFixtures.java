package org.tribunal.access;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.tribunal.shared.StateCode;

/**
 * Test fixture for every module's integration tests: creates real users and API tokens through the
 * access module's API, so requests go through the real filter chains.
 *
 * <pre>{@code
 * @Autowired ApplicationContext context;
 * String token = AccessFixtures.in(context).bearerToken(Role.SECRETARIAT);
 * mockMvc.perform(post("/api/v1/...").header("Authorization", AccessFixtures.bearer(token)) ...
 * }</pre>
 *
 * For pages, log in with {@code SecurityMockMvcRequestPostProcessors.user(AccessFixtures.principal(...))}
 * or the real form with {@link #user(Role)}'s password.
 */
public final class AccessFixtures {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final UserManagement users;
  private final ApiTokens tokens;

  public AccessFixtures(UserManagement users, ApiTokens tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  /** The fixtures of a running test context. */
  public static AccessFixtures in(ApplicationContext context) {
    return new AccessFixtures(context.getBean(UserManagement.class), context.getBean(ApiTokens.class));
  }

  /** The {@code Authorization} header value for {@code token}. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }

  /**
   * A new user holding {@code role} (a delegation is bound to UKR), with its password.
   *
   * @return the user and its clear-text password
   */
  public CreatedUser user(Role role) {
    return user(role, role == Role.DELEGATION ? StateCode.of("UKR") : null);
  }

  /** A new user holding {@code role}, bound to {@code state} (delegations only). */
  public CreatedUser user(Role role, @Nullable StateCode state) {
    String name = "test-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + COUNTER.incrementAndGet();
    return users.create(new NewUser(name, "Test " + role, Set.of(role), state, null));
  }

  /** The secret of a token of a new user holding {@code role} (a delegation is bound to UKR). */
  public String bearerToken(Role role) {
    return tokenFor(user(role).user().username());
  }

  /** The secret of a token of a new delegation user bound to {@code state}. */
  public String delegationToken(StateCode state) {
    return tokenFor(user(Role.DELEGATION, state).user().username());
  }

  /** The secret of a new token of the existing user {@code username}. */
  public String tokenFor(String username) {
    return tokens.issue(username, "test").secret();
  }

  /** A principal for MockMvc's {@code user(...)} post-processor or a security context in tests. */
  public static org.tribunal.access.domain.AccountPrincipal principal(Role role, @Nullable StateCode state) {
    return org.tribunal.access.domain.AccountPrincipal.of(new CurrentUser(
        "test-" + role.name().toLowerCase(java.util.Locale.ROOT), "Test " + role, Set.of(role), state,
        org.tribunal.shared.Classification.PUBLIC, Set.of()));
  }
}

package org.tribunal.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import org.tribunal.access.domain.AccountPrincipal;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/**
 * Runs a test (MockMvc, {@code @WebMvcTest} or a service call) as a Tribunal user, like
 * {@code @WithMockUser} but with this module's principal, so {@code AccessQueries.currentUser()}
 * sees the state, clearance and compartments: {@code @WithAccount(roles = Role.DELEGATION, state = "UKR")}.
 * The user is not stored in the database.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithAccount.Factory.class)
public @interface WithAccount {

  /** The user name. */
  String username() default "test-user";

  /** The roles held. */
  Role[] roles() default {};

  /** The bound state (ISO alpha-3) of a delegation, empty for none. */
  String state() default "";

  /** The clearance level. */
  Classification clearance() default Classification.PUBLIC;

  /** The compartments. */
  String[] compartments() default {};

  /** Builds the security context for {@link WithAccount}. */
  final class Factory implements WithSecurityContextFactory<WithAccount> {

    @Override
    public SecurityContext createSecurityContext(WithAccount account) {
      Set<Role> roles = account.roles().length == 0 ? Set.of() : EnumSet.of(account.roles()[0], account.roles());
      AccountPrincipal principal = AccountPrincipal.of(new CurrentUser(
          account.username(), account.username(), roles,
          account.state().isEmpty() ? null : StateCode.of(account.state()), account.clearance(),
          Set.of(account.compartments())));
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
      return context;
    }
  }
}

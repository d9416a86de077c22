package org.tribunal.access.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.tribunal.access.ApiTokens;
import org.tribunal.access.domain.AccessProperties;
import org.tribunal.access.domain.AuditLog;

/**
 * The two filter chains. Neither decides by URL which request is allowed: every controller handler
 * carries its own {@code @PreAuthorize} rule (an ArchUnit test fails the build otherwise), checked
 * before the request body is read ({@link HandlerAuthorizationInterceptor}) and again by method
 * security. What has no handler (static assets, {@code /log/**} tiles, OpenAPI, Swagger UI) is public.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(AccessProperties.class)
class SecurityConfiguration {

  /** Delegating encoder: bcrypt now, {@code {id}} prefixes let the algorithm change later. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** Stateless {@code /api/**}: bearer tokens, anonymous public reads, problem+json refusals. */
  @Bean
  @Order(1)
  SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, AuditLog audit) throws Exception {
    ProblemResponses problems = new ProblemResponses();
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .anonymous(anonymous -> {})
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(problems)
            .accessDeniedHandler(problems))
        .addFilterAfter(new WriteAuditFilter(audit), SecurityContextHolderFilter.class)
        .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class);
    return http.build();
  }

  /** The UI: form login at {@code /login}, logout, CSRF protection, sessions. */
  @Bean
  @Order(2)
  SecurityFilterChain uiFilterChain(HttpSecurity http, AuditLog audit) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
        .addFilterAfter(new WriteAuditFilter(audit), SecurityContextHolderFilter.class);
    return http.build();
  }
}

package org.tribunal.access;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tribunal.shared.StateCode;
import org.tribunal.support.IntegrationTest;

/**
 * Walks every endpoint that Spring MVC knows, in every module, as every kind of caller, and checks
 * that exactly the callers in {@link #EXPECTED} get through. An endpoint missing from the table
 * fails the test: each new endpoint must be classified here (one row, "METHOD /pattern").
 *
 * <p>Refused means: on {@code /api/**} 401 (anonymous) or 403 (signed in) as problem+json; on pages
 * a redirect to {@code /login} (anonymous) or 403. Allowed means anything else: a 400 or 404 for
 * the dummy path variables and empty bodies sent here is fine, since it comes after the access rule.
 * Path variables named like a state ({@code code}, {@code state}...) are filled with {@code UKR},
 * the state of the DELEGATION caller, so "own delegation" rules count as allowed for it.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AccessMatrixTests {

  enum Caller { ANONYMOUS, SECRETARIAT, DELEGATION, REGISTRAR, ADMIN }

  static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
  static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
  static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);
  static final Set<Caller> SECRETARIAT_OR_ADMIN = EnumSet.of(Caller.SECRETARIAT, Caller.ADMIN);
  static final Set<Caller> REGISTRAR_OR_ADMIN = EnumSet.of(Caller.REGISTRAR, Caller.ADMIN);
  static final Set<Caller> SECRETARIAT_OR_DELEGATION = EnumSet.of(Caller.SECRETARIAT, Caller.DELEGATION);

  /** Who may call each endpoint. Keep rows grouped by module; add yours in your module's section. */
  static final Map<String, Set<Caller>> EXPECTED = Map.ofEntries(
      // --- framework and platform --------------------------------------------------------------
      entry("GET /", EVERYONE),
      entry("GET /error", EVERYONE),
      entry("GET /v3/api-docs", EVERYONE),
      entry("GET /v3/api-docs.yaml", EVERYONE),
      entry("GET /v3/api-docs/swagger-config", EVERYONE),
      entry("GET /swagger-ui.html", EVERYONE),
      // --- access -------------------------------------------------------------------------------
      entry("GET /login", EVERYONE),
      entry("GET /api/v1/access/me", EVERYONE),
      entry("GET /api/v1/access/users", ADMIN),
      entry("POST /api/v1/access/users", ADMIN),
      entry("GET /api/v1/access/users/{username}", ADMIN),
      entry("PUT /api/v1/access/users/{username}/roles", ADMIN),
      entry("PUT /api/v1/access/users/{username}/clearance", ADMIN),
      entry("POST /api/v1/access/users/{username}/disable", ADMIN),
      entry("POST /api/v1/access/users/{username}/enable", ADMIN),
      entry("POST /api/v1/access/users/{username}/password", ADMIN),
      entry("GET /api/v1/access/tokens", ADMIN),
      entry("POST /api/v1/access/tokens", ADMIN),
      entry("DELETE /api/v1/access/tokens/{id}", ADMIN),
      entry("GET /api/v1/access/audit", ADMIN),
      entry("GET /access/users", ADMIN),
      entry("POST /access/users", ADMIN),
      entry("POST /access/users/{username}/roles", ADMIN),
      entry("POST /access/users/{username}/clearance", ADMIN),
      entry("POST /access/users/{username}/disable", ADMIN),
      entry("POST /access/users/{username}/enable", ADMIN),
      entry("POST /access/users/{username}/password", ADMIN),
      entry("GET /access/tokens", ADMIN),
      entry("POST /access/tokens", ADMIN),
      entry("POST /access/tokens/{id}/revoke", ADMIN),
      entry("GET /access/audit", ADMIN),
      entry("GET /access/audit.csv", ADMIN),
      // --- record -------------------------------------------------------------------------------
      entry("GET /log/checkpoint", EVERYONE),
      entry("GET /log/tile/{*path}", EVERYONE),
      entry("GET /api/v1/record/log", EVERYONE),
      entry("GET /api/v1/record/proofs/inclusion", EVERYONE),
      entry("GET /api/v1/record/proofs/consistency", EVERYONE),
      entry("GET /api/v1/record/entries", EVERYONE),
      entry("GET /api/v1/record/entries/{index}", EVERYONE),
      entry("GET /api/v1/record/receipts", EVERYONE),
      entry("GET /api/v1/record/witnesses", EVERYONE),
      entry("POST /api/v1/record/witnesses", REGISTRAR_OR_ADMIN),
      entry("DELETE /api/v1/record/witnesses/{name}", REGISTRAR_OR_ADMIN),
      entry("DELETE /api/v1/record/witnesses", REGISTRAR_OR_ADMIN),
      entry("GET /api/v1/record/witness-policy", EVERYONE),
      entry("PUT /api/v1/record/witness-policy", REGISTRAR_OR_ADMIN),
      entry("GET /record", EVERYONE),
      entry("GET /record/entries", EVERYONE),
      // --- positions ----------------------------------------------------------------------------
      entry("GET /api/v1/positions/claims", EVERYONE),
      entry("POST /api/v1/positions/claims", SECRETARIAT_OR_ADMIN),
      entry("GET /api/v1/positions/texts", EVERYONE),
      entry("POST /api/v1/positions/texts", SECRETARIAT_OR_ADMIN),
      entry("GET /api/v1/positions/texts/{id}", EVERYONE),
      entry("GET /api/v1/positions/texts/{id}/positions", EVERYONE),
      entry("GET /api/v1/positions/texts/{id}/versions", EVERYONE),
      entry("POST /api/v1/positions/texts/{id}/versions", SECRETARIAT_OR_ADMIN),
      entry("GET /api/v1/positions/states/{state}/positions", EVERYONE),
      entry("GET /api/v1/positions/states/{state}/stances/{claim}", EVERYONE),
      entry("POST /api/v1/positions/states/{state}/positions/{text}/{slot}/disputes",
          EnumSet.of(Caller.SECRETARIAT, Caller.ADMIN, Caller.DELEGATION)),
      entry("POST /api/v1/positions/positions", SECRETARIAT_OR_ADMIN),
      entry("GET /api/v1/positions/positions/{key}/history", EVERYONE),
      entry("POST /api/v1/positions/positions/{key}/corrections", SECRETARIAT_OR_ADMIN),
      entry("GET /api/v1/positions/shifts", EVERYONE),
      entry("GET /api/v1/positions/shifts.atom", EVERYONE),
      entry("GET /api/v1/positions/rules", EVERYONE),
      entry("POST /api/v1/positions/rules", SECRETARIAT_OR_ADMIN),
      entry("GET /api/v1/positions/rules/{id}/versions", EVERYONE),
      entry("POST /api/v1/positions/rules/{id}/versions", SECRETARIAT_OR_ADMIN),
      entry("GET /api/v1/positions/rules/{id}/evaluations", EVERYONE),
      entry("POST /api/v1/positions/imports", SECRETARIAT_OR_ADMIN),
      entry("GET /positions", EVERYONE),
      entry("GET /positions/texts/{id}", EVERYONE),
      entry("GET /positions/texts/{id}/corrections", SECRETARIAT_OR_ADMIN),
      entry("POST /positions/texts/{id}/corrections", SECRETARIAT_OR_ADMIN),
      entry("GET /positions/states/{state}", EVERYONE),
      entry("GET /positions/shifts", EVERYONE),
      entry("GET /positions/rules/{id}", EVERYONE),
      entry("GET /positions/matrix", EVERYONE),
      entry("GET /positions/imports", SECRETARIAT_OR_ADMIN),
      entry("POST /positions/imports", SECRETARIAT_OR_ADMIN),
      entry("POST /api/v1/positions/scenarios/evaluations", EVERYONE),
      entry("GET /api/v1/positions/scenarios", EVERYONE),
      entry("POST /api/v1/positions/scenarios", SECRETARIAT_OR_ADMIN),
      entry("GET /api/v1/positions/scenarios/{id}", EVERYONE),
      entry("GET /api/v1/positions/scenarios/{id}/versions", EVERYONE),
      entry("GET /api/v1/positions/scenarios/comparison", EVERYONE),
      entry("GET /api/v1/positions/contributions", EVERYONE),
      entry("POST /api/v1/positions/contributions", SECRETARIAT_OR_ADMIN),
      entry("GET /positions/scenarios", EVERYONE),
      entry("POST /positions/scenarios", SECRETARIAT_OR_ADMIN),
      // --- meetings -----------------------------------------------------------------------------
      entry("GET /api/v1/meetings", EVERYONE),
      entry("GET /api/v1/meetings/planned.ics", EVERYONE),
      entry("GET /api/v1/meetings/{id}", EVERYONE),
      entry("GET /api/v1/meetings/{id}/history", EVERYONE),
      entry("POST /api/v1/meetings", SECRETARIAT_OR_ADMIN),
      entry("POST /api/v1/meetings/{id}/status", SECRETARIAT_OR_ADMIN),
      entry("POST /api/v1/meetings/{id}/attendance", SECRETARIAT_OR_ADMIN),
      entry("POST /api/v1/meetings/{id}/agenda", SECRETARIAT_OR_ADMIN),
      entry("POST /api/v1/meetings/{id}/outcomes", SECRETARIAT_OR_ADMIN),
      entry("POST /api/v1/meetings/{id}/documents", SECRETARIAT_OR_ADMIN),
      entry("GET /api/v1/notes", SIGNED_IN),
      entry("GET /api/v1/notes/count", SIGNED_IN),
      entry("GET /api/v1/notes/{id}", SIGNED_IN),
      entry("GET /api/v1/notes/{id}/history", SIGNED_IN),
      entry("GET /api/v1/notes/{id}/attachments/{attachmentId}", SIGNED_IN),
      entry("POST /api/v1/notes", SECRETARIAT_OR_ADMIN),
      entry("POST /api/v1/notes/{id}/declassify", SECRETARIAT_OR_ADMIN),
      entry("GET /meetings", EVERYONE),
      entry("GET /meetings/calendar", EVERYONE),
      entry("GET /meetings/new", SECRETARIAT_OR_ADMIN),
      entry("POST /meetings", SECRETARIAT_OR_ADMIN),
      entry("GET /meetings/{id}", EVERYONE),
      entry("POST /meetings/{id}/status", SECRETARIAT_OR_ADMIN),
      entry("POST /meetings/{id}/attendance", SECRETARIAT_OR_ADMIN),
      entry("POST /meetings/{id}/agenda", SECRETARIAT_OR_ADMIN),
      entry("POST /meetings/{id}/outcomes", SECRETARIAT_OR_ADMIN),
      entry("POST /meetings/{id}/documents", SECRETARIAT_OR_ADMIN),
      entry("GET /notes", SIGNED_IN),
      entry("GET /notes/export.csv", SIGNED_IN),
      entry("GET /notes/new", SECRETARIAT_OR_ADMIN),
      entry("POST /notes", SECRETARIAT_OR_ADMIN),
      entry("GET /notes/{id}", SIGNED_IN),
      entry("GET /notes/{id}/attachments/{attachmentId}", SIGNED_IN),
      entry("POST /notes/{id}/declassify", SECRETARIAT_OR_ADMIN),
      // --- evidence -----------------------------------------------------------------------------
      entry("POST /api/v1/evidence", EnumSet.of(Caller.REGISTRAR)),
      entry("GET /api/v1/evidence", EnumSet.of(Caller.REGISTRAR, Caller.DELEGATION)),
      entry("GET /api/v1/evidence/{id}", EnumSet.of(Caller.REGISTRAR, Caller.DELEGATION)),
      entry("GET /api/v1/evidence/{id}/custody", EnumSet.of(Caller.REGISTRAR, Caller.DELEGATION)),
      entry("POST /api/v1/evidence/{id}/custody", EnumSet.of(Caller.REGISTRAR)),
      entry("GET /api/v1/evidence/{id}/content", EnumSet.of(Caller.REGISTRAR)),
      entry("GET /api/v1/evidence/working-copies/{copyId}/content", EnumSet.of(Caller.REGISTRAR, Caller.DELEGATION)),
      entry("GET /evidence", EnumSet.of(Caller.REGISTRAR, Caller.DELEGATION)),
      entry("POST /evidence", EnumSet.of(Caller.REGISTRAR)),
      entry("GET /evidence/{id}", EnumSet.of(Caller.REGISTRAR, Caller.DELEGATION)),
      entry("GET /evidence/{id}/custody", EnumSet.of(Caller.REGISTRAR, Caller.DELEGATION)),
      entry("GET /evidence/{id}/custody/print", EnumSet.of(Caller.REGISTRAR, Caller.DELEGATION)),
      entry("POST /evidence/{id}/custody", EnumSet.of(Caller.REGISTRAR)),
      entry("GET /evidence/{id}/content", EnumSet.of(Caller.REGISTRAR)),
      entry("GET /evidence/sweeps", EnumSet.of(Caller.REGISTRAR)),
      entry("POST /evidence/sweeps", EnumSet.of(Caller.REGISTRAR)),
      entry("POST /api/v1/evidence/{id}/working-copies", EnumSet.of(Caller.REGISTRAR)),
      entry("GET /api/v1/evidence/{id}/working-copies", EnumSet.of(Caller.REGISTRAR, Caller.DELEGATION)),
      entry("POST /api/v1/evidence/sweeps", EnumSet.of(Caller.REGISTRAR)),
      entry("GET /api/v1/evidence/alarm", EnumSet.of(Caller.REGISTRAR)),
      entry("POST /api/v1/evidence/exports", EnumSet.of(Caller.REGISTRAR)),
      // --- coalition ----------------------------------------------------------------------------
      entry("GET /api/v1/states", EVERYONE),
      entry("GET /api/v1/states/{code}", EVERYONE),
      entry("GET /api/v1/bodies", EVERYONE),
      entry("GET /api/v1/bodies/{id}", EVERYONE),
      entry("GET /api/v1/bodies/{id}/members", EVERYONE),
      entry("GET /api/v1/memberships", EVERYONE),
      entry("GET /api/v1/memberships/{id}", EVERYONE),
      entry("GET /api/v1/memberships/{id}/history", EVERYONE),
      entry("GET /api/v1/instruments", EVERYONE),
      entry("GET /api/v1/instruments/{id}", EVERYONE),
      entry("GET /api/v1/instruments/{id}/actions", EVERYONE),
      entry("GET /api/v1/instruments/{id}/chart", EVERYONE),
      entry("GET /api/v1/instruments/{id}/status", EVERYONE),
      entry("GET /api/v1/instrument-actions/{id}/history", EVERYONE),
      entry("GET /api/v1/instruments/{id}/history", EVERYONE),
      entry("GET /states", EVERYONE),
      entry("GET /states/{code}", EVERYONE),
      entry("GET /bodies", EVERYONE),
      entry("GET /bodies/{id}", EVERYONE),
      entry("GET /memberships/{id}", EVERYONE),
      entry("GET /instruments", EVERYONE),
      entry("GET /instruments/{id}", EVERYONE),
      entry("POST /api/v1/memberships", SECRETARIAT_OR_ADMIN),
      entry("POST /api/v1/memberships/{id}/corrections", SECRETARIAT_OR_ADMIN),
      entry("POST /api/v1/instruments/{id}/actions", SECRETARIAT_OR_ADMIN),
      entry("POST /api/v1/instrument-actions/{id}/corrections", SECRETARIAT_OR_ADMIN),
      entry("POST /bodies/{id}/memberships", SECRETARIAT_OR_ADMIN),
      entry("POST /memberships/{id}/corrections", SECRETARIAT_OR_ADMIN),
      entry("POST /instruments/{id}/actions", SECRETARIAT_OR_ADMIN),
      entry("POST /api/v1/instruments", SECRETARIAT_OR_ADMIN),
      entry("POST /api/v1/instruments/{id}/corrections", SECRETARIAT_OR_ADMIN),
      entry("POST /instruments", SECRETARIAT_OR_ADMIN),
      entry("POST /instruments/{id}/corrections", SECRETARIAT_OR_ADMIN)
      );

  private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(:[^}]*)?}");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void everyEndpointLetsThroughExactlyTheCallersItsRuleNames() throws Exception {
    Map<Caller, String> tokens = tokens();
    Map<String, Endpoint> endpoints = endpoints();
    List<String> unclassified = new ArrayList<>(new TreeSet<>(endpoints.keySet()));
    unclassified.removeAll(EXPECTED.keySet());
    assertThat(unclassified)
        .as("endpoints without a row in AccessMatrixTests.EXPECTED; add one saying who may call each")
        .isEmpty();
    assertThat(new TreeSet<>(EXPECTED.keySet()))
        .as("rows in AccessMatrixTests.EXPECTED for endpoints that do not exist (typo? removed?)")
        .isSubsetOf(endpoints.keySet());

    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints.values()) {
      Set<Caller> allowed = EXPECTED.get(endpoint.key());
      for (Caller caller : Caller.values()) {
        for (RequestMappingInfo variant : endpoint.variants()) {
          MockHttpServletResponse response =
              mvc.perform(requestAs(endpoint, variant, caller, tokens)).andReturn().getResponse();
          String verdict = verdict(endpoint, caller, response);
          boolean expectAllowed = allowed.contains(caller);
          if (expectAllowed && !verdict.equals("allowed")) {
            wrong.add(endpoint.key() + " as " + caller + ": expected allowed, got " + verdict);
          } else if (!expectAllowed && !verdict.equals("refused")) {
            wrong.add(endpoint.key() + " as " + caller + ": expected refused, got " + verdict);
          }
        }
      }
    }
    assertThat(wrong).as("access matrix mismatches").isEmpty();
  }

  /** "allowed", "refused", or what is wrong with a refusal (e.g. a 401 that is not a problem). */
  private static String verdict(Endpoint endpoint, Caller caller, MockHttpServletResponse response) {
    int status = response.getStatus();
    if (status >= 500 && !endpoint.pattern().equals("/error")) { // /error itself renders a 500 when called directly
      return "a server error " + status + " (bad input must be answered with a 4xx problem)";
    }
    String location = response.getHeader(HttpHeaders.LOCATION);
    boolean toLogin = status / 100 == 3 && location != null && location.matches(".*/login(\\?.*)?$")
        && !location.contains("error");
    if (status != 401 && status != 403 && !toLogin) {
      return "allowed";
    }
    if (endpoint.isApi()) {
      String type = String.valueOf(response.getContentType());
      int expectedStatus = caller == Caller.ANONYMOUS ? 401 : 403;
      if (status != expectedStatus || !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
        return "a refusal with status " + status + " and type " + type + " (want " + expectedStatus
            + " problem+json)";
      }
      return "refused";
    }
    if (caller == Caller.ANONYMOUS ? !toLogin : status != 403) {
      return "a refusal with status " + status + " to " + location;
    }
    return "refused";
  }

  private MockHttpServletRequestBuilder requestAs(
      Endpoint endpoint, RequestMappingInfo variant, Caller caller, Map<Caller, String> tokens) {
    MockHttpServletRequestBuilder builder = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method()), endpoint.samplePath());
    for (NameValueExpression<String> param : variant.getParamsCondition().getExpressions()) {
      if (!param.isNegated()) {
        builder.param(param.getName(), param.getValue() == null ? "x" : param.getValue());
      }
    }
    variant.getProducesCondition().getProducibleMediaTypes().stream()
        .filter(type -> !type.isWildcardType())
        .findFirst()
        .ifPresent(builder::accept);
    boolean write = !Set.of("GET", "HEAD", "OPTIONS").contains(endpoint.method());
    if (write) {
      MediaType consumed = variant.getConsumesCondition().getConsumableMediaTypes().stream()
          .filter(type -> !type.isWildcardType())
          .findFirst()
          .orElse(endpoint.isApi() ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED);
      builder.contentType(consumed);
      if (MediaType.APPLICATION_JSON.isCompatibleWith(consumed)) {
        builder.content("{}");
      }
      builder.with(csrf());
    }
    if (caller != Caller.ANONYMOUS) {
      if (endpoint.isApi()) {
        builder.header(HttpHeaders.AUTHORIZATION, AccessFixtures.bearer(tokens.get(caller)));
      } else {
        Role role = Role.valueOf(caller.name());
        builder.with(user(AccessFixtures.principal(role, role == Role.DELEGATION ? StateCode.of("UKR") : null)));
      }
    }
    return builder;
  }

  private Map<Caller, String> tokens() {
    AccessFixtures fixtures = AccessFixtures.in(context);
    Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    for (Caller caller : Caller.values()) {
      if (caller != Caller.ANONYMOUS) {
        tokens.put(caller, fixtures.bearerToken(Role.valueOf(caller.name())));
      }
    }
    return tokens;
  }

  /** Every (method, pattern) of every request-mapping handler mapping, with all its variants. */
  private Map<String, Endpoint> endpoints() {
    Map<String, Endpoint> endpoints = new TreeMap<>();
    for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
        RequestMappingInfo info = handler.getKey();
        Set<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
        if (methods.isEmpty()) {
          methods.add(RequestMethod.GET.name());
        }
        for (String pattern : info.getPatternValues()) {
          for (String method : methods) {
            endpoints.computeIfAbsent(method + " " + pattern, key -> new Endpoint(method, pattern, new ArrayList<>()))
                .variants().add(info);
          }
        }
      }
    }
    return endpoints;
  }

  record Endpoint(String method, String pattern, List<RequestMappingInfo> variants) {

    String key() {
      return method + " " + pattern;
    }

    boolean isApi() {
      return pattern.startsWith("/api/");
    }

    /** The pattern with each variable replaced by a sample value. */
    String samplePath() {
      Matcher matcher = VARIABLE.matcher(pattern.replace("/**", "/x").replace("/*", "/x"));
      StringBuilder path = new StringBuilder();
      while (matcher.find()) {
        matcher.appendReplacement(path, sample(matcher.group(1)));
      }
      matcher.appendTail(path);
      return path.toString();
    }

    private static String sample(String variable) {
      String name = variable.toLowerCase(java.util.Locale.ROOT);
      if (name.equals("code") || name.contains("state") || name.equals("iso") || name.equals("country")) {
        return "UKR";
      }
      if (name.equals("id") || name.endsWith("id")) {
        return "00000000-0000-4000-8000-000000000000";
      }
      if (name.contains("date") || name.equals("asof")) {
        return "2025-06-25";
      }
      return "nobody";
    }
  }
}

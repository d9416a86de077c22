package org.tribunal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tribunal.support.IntegrationTest;

@IntegrationTest
@AutoConfigureMockMvc
class AccessIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired UserManagement users;
  @Autowired ApiTokens tokens;

  private AccessFixtures fixtures() {
    return AccessFixtures.in(context);
  }

  @Test
  void logsInWithAPasswordStoredOnlyAsAHash() throws Exception {
    CreatedUser created = users.create(new NewUser(
        "Clerk.One", "Clerk One", Set.of(Role.SECRETARIAT), null, "correct horse battery staple"));

    String hash = jdbc.sql("SELECT password_hash FROM access.user_account WHERE username = 'clerk.one'")
        .query(String.class).single();
    assertThat(hash).isNotEqualTo("correct horse battery staple").startsWith("{bcrypt}$2");
    assertThat(created.user().username()).isEqualTo("clerk.one");

    mvc.perform(formLogin("/login").user("clerk.one").password("correct horse battery staple"))
        .andExpect(authenticated().withUsername("clerk.one").withRoles("SECRETARIAT"))
        .andExpect(redirectedUrl("/"));
    mvc.perform(formLogin("/login").user("clerk.one").password("wrong horse battery staple"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void aDisabledUserCannotLogInNorUseItsTokens() throws Exception {
    CreatedUser created = fixtures().user(Role.REGISTRAR);
    String token = fixtures().tokenFor(created.user().username());
    users.disable(created.user().username());

    mvc.perform(formLogin("/login").user(created.user().username()).password(created.password()))
        .andExpect(unauthenticated());
    mvc.perform(get("/api/v1/access/me").header("Authorization", AccessFixtures.bearer(token)))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aTokenAuthenticatesItsUserUntilRevoked() throws Exception {
    CreatedUser delegation = fixtures().user(Role.DELEGATION);
    IssuedApiToken issued = tokens.issue(delegation.user().username(), "ministry scripts");
    String hash = jdbc.sql("SELECT token_hash FROM access.api_token WHERE id = ?")
        .param(issued.token().id()).query(String.class).single();
    assertThat(hash).hasSize(64).doesNotContain(issued.secret());

    mvc.perform(get("/api/v1/access/me").header("Authorization", AccessFixtures.bearer(issued.secret())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value(delegation.user().username()))
        .andExpect(jsonPath("$.roles[0]").value("DELEGATION"))
        .andExpect(jsonPath("$.state").value("UKR"))
        .andExpect(jsonPath("$.anonymous").value(false));
    assertThat(tokens.list()).filteredOn(t -> t.id().equals(issued.token().id()))
        .singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());

    tokens.revoke(issued.token().id());

    mvc.perform(get("/api/v1/access/me").header("Authorization", AccessFixtures.bearer(issued.secret())))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
        .andExpect(jsonPath("$.type").value("/problems/unauthenticated"))
        .andExpect(jsonPath("$.status").value(401));
  }

  @Test
  void anUnknownTokenIsRefusedNotTreatedAsAnonymous() throws Exception {
    mvc.perform(get("/api/v1/access/me").header("Authorization", "Bearer tribunal_forged"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/access/me"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.anonymous").value(true));
  }

  @Test
  void refusesApiCallsWithProblemsBeforeReadingTheBody() throws Exception {
    mvc.perform(post("/api/v1/access/users").contentType(MediaType.APPLICATION_JSON).content("{\"nonsense\": 1}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(post("/api/v1/access/users")
            .header("Authorization", AccessFixtures.bearer(fixtures().bearerToken(Role.SECRETARIAT)))
            .contentType(MediaType.APPLICATION_JSON).content("{\"nonsense\": 1}"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/access-denied"));
  }

  @Test
  void anAdministratorManagesUsersAndTokensThroughTheApi() throws Exception {
    String admin = AccessFixtures.bearer(fixtures().bearerToken(Role.ADMIN));

    mvc.perform(post("/api/v1/access/users").header("Authorization", admin)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"delegation-fra\",\"displayName\":\"France\",\"roles\":[\"DELEGATION\"]}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("/problems/invalid-user"))
        .andExpect(jsonPath("$.field").value("state"));
    mvc.perform(post("/api/v1/access/users").header("Authorization", admin)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"delegation-fra\",\"displayName\":\"France\",\"roles\":[\"DELEGATION\"],"
                + "\"state\":\"FRA\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.user.state").value("FRA"))
        .andExpect(jsonPath("$.password").isString());
    mvc.perform(put("/api/v1/access/users/delegation-fra/clearance").header("Authorization", admin)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"clearance\":\"CONFIDENTIAL\",\"compartments\":[\"core-group\"]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.clearance").value("CONFIDENTIAL"))
        .andExpect(jsonPath("$.compartments[0]").value("core-group"));
    assertThat(context.getBean(AccessQueries.class).findUser("delegation-fra").orElseThrow()
            .mayRead(org.tribunal.shared.Classification.CONFIDENTIAL, Set.of("core-group")))
        .isTrue();
    String issued = mvc.perform(post("/api/v1/access/tokens").header("Authorization", admin)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"delegation-fra\",\"name\":\"ci\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.startsWith("tribunal_")))
        .andReturn().getResponse().getContentAsString();
    String id = issued.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");

    mvc.perform(get("/api/v1/access/tokens").header("Authorization", admin))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("tribunal_"))));
    mvc.perform(delete("/api/v1/access/tokens/" + id).header("Authorization", admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.revoked").value(true));
  }

  @Test
  void auditsEveryWriteWithWhoWhatWhenWhereAndExportsCsv() throws Exception {
    String adminToken = fixtures().bearerToken(Role.ADMIN);
    String admin = AccessFixtures.bearer(adminToken);
    String adminName = tokens.authenticate(adminToken).orElseThrow().username();
    long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM access.audit_entry").query(Long.class).single();
    String body = "{\"username\":\"audited-user\",\"displayName\":\"Audited\",\"roles\":[],"
        + "\"password\":\"a secret password never logged\"}";

    mvc.perform(post("/api/v1/access/users").header("Authorization", admin)
            .contentType(MediaType.APPLICATION_JSON).content(body)
            .with(request -> { request.setRemoteAddr("203.0.113.7"); return request; }))
        .andExpect(status().isCreated());
    mvc.perform(post("/api/v1/access/users").header("Authorization", admin)
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/v1/access/users").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnauthorized());

    List<Map<String, Object>> rows = jdbc.sql("""
        SELECT username, action, method, path, status, object_ref, remote_address, at
        FROM access.audit_entry WHERE path = '/api/v1/access/users' AND id > ? ORDER BY id""")
        .param(before).query().listOfRows();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0))
        .containsEntry("username", adminName)
        .containsEntry("action", "WRITE")
        .containsEntry("method", "POST")
        .containsEntry("status", 201)
        .containsEntry("object_ref", "access/user/audited-user")
        .containsEntry("remote_address", "203.0.113.7");
    assertThat(rows.get(0).get("at")).isNotNull();
    assertThat(rows.get(1)).containsEntry("status", 409).containsEntry("username", adminName);
    assertThat(rows.get(2)).containsEntry("status", 401).containsEntry("username", "anonymous");
    assertThat(jdbc.sql("SELECT count(*) FROM access.audit_entry WHERE object_ref LIKE '%never logged%'"
            + " OR path LIKE '%tribunal_%'").query(Long.class).single()).isZero();

    mvc.perform(get("/api/v1/access/audit").param("path", "/api/v1/access/users").param("limit", "2")
            .header("Authorization", admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.items[0].status").value(401))
        .andExpect(jsonPath("$.items[1].status").value(409))
        .andExpect(jsonPath("$.next").isString());

    String csv = mvc.perform(get("/api/v1/access/audit").param("username", adminName)
            .accept("text/csv").header("Authorization", admin))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andReturn().getResponse().getContentAsString();
    assertThat(csv.lines().findFirst()).contains(
        "id,at,username,action,method,path,status,object_ref,remote_address");
    assertThat(csv).contains("," + adminName + ",WRITE,POST,/api/v1/access/users,201,access/user/audited-user,203.0.113.7");
    assertThat(csv).doesNotContain("never logged");

    String byParameter = mvc.perform(get("/api/v1/access/audit").param("format", "csv")
            .param("username", adminName).header("Authorization", admin))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(byParameter).contains(",409,");
  }

  @Test
  void explicitReadsAreAuditedForTheCurrentUser() throws Exception {
    AccessAudit audit = context.getBean(AccessAudit.class);
    org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
            AccessFixtures.principal(Role.SECRETARIAT, null), null, List.of()));
    try {
      audit.recordRead("meetings/note/42");
    } finally {
      org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
    assertThat(jdbc.sql("SELECT username || ' ' || action FROM access.audit_entry WHERE object_ref = 'meetings/note/42'")
            .query(String.class).list())
        .containsExactly("test-secretariat READ");
  }

  @Test
  @WithAccount(username = "ukr-desk", roles = Role.DELEGATION, state = "UKR",
      clearance = org.tribunal.shared.Classification.RESTRICTED, compartments = "jit")
  void withAccountRunsATestAsATribunalUser() throws Exception {
    CurrentUser me = context.getBean(AccessQueries.class).currentUser();
    assertThat(me.isDelegationOf(org.tribunal.shared.StateCode.of("UKR"))).isTrue();
    assertThat(me.mayRead(org.tribunal.shared.Classification.RESTRICTED, Set.of("jit"))).isTrue();
    mvc.perform(get("/api/v1/access/me"))
        .andExpect(jsonPath("$.username").value("ukr-desk"))
        .andExpect(jsonPath("$.clearance").value("RESTRICTED"));
    mvc.perform(get("/api/v1/access/users")).andExpect(status().isForbidden());
  }

  @Test
  void theOpenApiDocumentDescribesBearerTokens() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"));
  }

  @Test
  void theAuditCannotBeRewritten() {
    jdbc.sql("INSERT INTO access.audit_entry (at, username, action) VALUES (now(), 'x', 'READ')").update();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> jdbc.sql("DELETE FROM access.audit_entry").update())
        .hasMessageContaining("append-only");
  }
}

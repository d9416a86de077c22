package org.tribunal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;
import org.tribunal.support.IntegrationTest;

@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {
  "tribunal.access.initial-admin-password=first admin password for automation",
  "tribunal.demo=true"
})
class AccessPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserManagement users;
  @Autowired AccessQueries queries;

  @Test
  void firstStartCreatesTheConfiguredAdministratorAndTheDemoUsers() throws Exception {
    mvc.perform(formLogin("/login").user("admin").password("first admin password for automation"))
        .andExpect(authenticated().withRoles("ADMIN"));
    assertThat(queries.findUser("delegation-usa")).hasValueSatisfying(u -> {
      assertThat(u.roles()).containsExactly(Role.DELEGATION);
      assertThat(u.state()).isEqualTo(StateCode.of("USA"));
    });
    assertThat(queries.findUser("delegation-ukr")).hasValueSatisfying(
        u -> assertThat(u.state()).isEqualTo(StateCode.of("UKR")));
    assertThat(queries.findUser("secretariat")).hasValueSatisfying(u -> {
      assertThat(u.roles()).containsExactly(Role.SECRETARIAT);
      assertThat(u.clearance()).isEqualTo(Classification.RESTRICTED);
    });
    assertThat(queries.findUser("registrar")).hasValueSatisfying(u -> {
      assertThat(u.roles()).containsExactly(Role.REGISTRAR);
      assertThat(u.clearance()).isEqualTo(Classification.CONFIDENTIAL);
      assertThat(u.compartments()).containsExactly("statute-drafting");
    });
    assertThat(queries.findUser("delegation-usa")).hasValueSatisfying(
        u -> assertThat(u.clearance()).isEqualTo(Classification.PUBLIC));
  }

  @Test
  void theLoginPageUsesTheLayoutWithACsrfTokenInEachLanguage() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"_csrf\"")))
        .andExpect(content().string(containsString("site-header")))
        .andExpect(content().string(containsString("id=\"sign-in\"")));
    MvcResult french = mvc.perform(get("/login").param("lang", "fr"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Se connecter")))
        .andReturn();
    Cookie language = french.getResponse().getCookie("tribunal-lang");
    assertThat(language).isNotNull();
    mvc.perform(get("/login").param("error", "").cookie(language))
        .andExpect(content().string(containsString("Nom d’utilisateur ou mot de passe incorrect")));
    mvc.perform(get("/login").param("lang", "uk"))
        .andExpect(content().string(containsString("Увійти")));
  }

  @Test
  void signingInAndOutKeepsTheChosenLanguage() throws Exception {
    users.create(new NewUser("clerk-fr", "Greffier", java.util.Set.of(Role.SECRETARIAT), null, "un mot de passe assez long"));
    Cookie french = mvc.perform(get("/login").param("lang", "fr")).andReturn().getResponse().getCookie("tribunal-lang");
    assertThat(french).isNotNull();

    MvcResult login = mvc.perform(post("/login").param("username", "clerk-fr")
            .param("password", "un mot de passe assez long").cookie(french).with(csrf()))
        .andExpect(authenticated().withUsername("clerk-fr"))
        .andReturn();
    var session = (org.springframework.mock.web.MockHttpSession) login.getRequest().getSession();
    mvc.perform(get("/login").session(session).cookie(french))
        .andExpect(content().string(containsString("Se déconnecter")))
        .andExpect(content().string(containsString("Greffier")));

    mvc.perform(post("/logout").session(session).cookie(french).with(csrf()))
        .andExpect(redirectedUrl("/login?logout"));
    mvc.perform(get("/login").param("logout", "").cookie(french))
        .andExpect(content().string(containsString("Vous êtes déconnecté")));
  }

  @Test
  void anAnonymousVisitorIsSentToTheLoginPageAndAnotherRoleIsForbidden() throws Exception {
    mvc.perform(get("/access/users")).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    mvc.perform(get("/access/users").with(user(AccessFixtures.principal(Role.SECRETARIAT, null))))
        .andExpect(status().isForbidden());
    mvc.perform(post("/access/users").param("username", "x1").param("displayName", "X")
            .with(user(AccessFixtures.principal(Role.SECRETARIAT, null))))
        .andExpect(status().isForbidden());
  }

  @Test
  void anAdministratorCreatesAUserAndSeesItsPasswordOnce() throws Exception {
    var admin = user(AccessFixtures.principal(Role.ADMIN, null));
    mvc.perform(get("/access/users").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("delegation-usa")))
        .andExpect(content().string(containsString("Sign out")));
    String page = mvc.perform(post("/access/users").with(admin).with(csrf())
            .param("username", "Delegation-POL").param("displayName", "Poland")
            .param("roles", "DELEGATION").param("state", "POL"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"issued-password\"")))
        .andReturn().getResponse().getContentAsString();
    assertThat(users.get("delegation-pol").state()).isEqualTo(StateCode.of("POL"));
    mvc.perform(get("/access/users").with(admin))
        .andExpect(content().string(not(containsString("id=\"issued-password\""))));
    assertThat(page).contains("delegation-pol");

    mvc.perform(post("/access/users").with(admin).with(csrf())
            .param("username", "delegation-x").param("displayName", "X").param("roles", "DELEGATION"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("exactly one state")));
  }

  @Test
  void anAdministratorIssuesAndRevokesTokensAndReadsTheAudit() throws Exception {
    var admin = user(AccessFixtures.principal(Role.ADMIN, null));
    mvc.perform(post("/access/tokens").with(admin).with(csrf()).param("username", "registrar").param("name", "vault"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("tribunal_")));
    mvc.perform(get("/access/tokens").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("vault")))
        .andExpect(content().string(not(containsString("tribunal_"))));
    mvc.perform(get("/access/audit").with(admin).param("action", "WRITE"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/access/tokens")));
    mvc.perform(get("/access/audit.csv").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("test-admin,WRITE,POST,/access/tokens,200")));
  }
}

package org.tribunal.coalition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.Role;
import org.tribunal.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
@AutoConfigureMockMvc
class CoalitionApiIntegrationTests {

  private static final String SOURCE = "\"source\":{\"title\":\"Test source\",\"url\":\"https://example.org/s\"}";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  @Autowired ApplicationContext context;

  private String secretariatToken;

  private MockHttpServletRequestBuilder asSecretariat(MockHttpServletRequestBuilder request) {
    if (secretariatToken == null) {
      secretariatToken = AccessFixtures.in(context).bearerToken(Role.SECRETARIAT);
    }
    return request.header("Authorization", AccessFixtures.bearer(secretariatToken));
  }

  @Test
  void refusesWritesWithoutTheSecretariatRoleAndStoresNothing() throws Exception {
    long before = memberships();
    String body = "{\"state\":\"CAN\",\"body\":\"EPA_TRIBUNAL\",\"status\":\"MEMBER\"," + SOURCE + "}";

    mvc.perform(post("/api/v1/memberships").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnauthorized());
    String delegation = AccessFixtures.in(context).bearerToken(Role.DELEGATION);
    mvc.perform(post("/api/v1/memberships").header("Authorization", AccessFixtures.bearer(delegation))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    assertThat(memberships()).isEqualTo(before);
  }

  private long memberships() {
    return jdbc.sql("SELECT count(*) FROM coalition.membership_version").query(Long.class).single();
  }

  private long actions() {
    return jdbc.sql("SELECT count(*) FROM coalition.instrument_action_version").query(Long.class).single();
  }

  @Test
  void pagesThroughAllStatesWithCursors() throws Exception {
    int seen = 0;
    String after = null;
    do {
      var request = get("/api/v1/states").param("limit", "100");
      if (after != null) {
        request.param("after", after);
      }
      JsonNode page = json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
          .getContentAsString());
      seen += page.get("items").size();
      after = page.get("next").isNull() ? null : page.get("next").asString();
    } while (after != null);

    assertThat(seen).isEqualTo(195);
  }

  @Test
  void exportsStatesAsCsv() throws Exception {
    mvc.perform(get("/api/v1/states").param("format", "csv")).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(content().string(containsString("UKR,Ukraine,Ukraine,Україна,MEMBER")));
    mvc.perform(get("/api/v1/bodies/COE/members").param("asOf", "2025-01-01").accept("text/csv"))
        .andExpect(status().isOk()).andExpect(content().string(containsString(",unconfirmed,")));
  }

  @Test
  void listsMembersOfABodyAsOfADate() throws Exception {
    mvc.perform(get("/api/v1/bodies/ICPA/members").param("asOf", "2024-01-01").param("limit", "500"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(7)))
        .andExpect(jsonPath("$.next").value(nullValue()));
    mvc.perform(get("/api/v1/bodies/ICPA/members").param("asOf", "2025-04-01").param("limit", "500"))
        .andExpect(jsonPath("$.items", hasSize(6)));
  }

  @Test
  void recordsAMembershipAndCorrectsItKeepingHistory() throws Exception {
    String created = mvc.perform(asSecretariat(post("/api/v1/memberships")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\":\"CAN\",\"body\":\"EPA_TRIBUNAL\",\"from\":\"2025-10-01\",\"status\":\"participant\","
                + "\"unconfirmed\":true," + SOURCE + "}"))
        .andExpect(status().isCreated()).andExpect(header().exists("Location"))
        .andExpect(jsonPath("$.recordedBy").value(startsWith("test-secretariat"))).andExpect(jsonPath("$.unconfirmed").value(true))
        .andReturn().getResponse().getContentAsString();
    String id = json.readTree(created).get("id").asString();

    mvc.perform(asSecretariat(post("/api/v1/memberships/" + id + "/corrections"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"from\":\"2025-10-02\",\"status\":\"PARTICIPANT\",\"reason\":\"date of notification\","
                + SOURCE + "}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));

    mvc.perform(get("/api/v1/memberships/" + id + "/history")).andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(2))).andExpect(jsonPath("$[0].from").value("2025-10-01"))
        .andExpect(jsonPath("$[1].from").value("2025-10-02"))
        .andExpect(jsonPath("$[1].reason").value("date of notification"));
    mvc.perform(get("/api/v1/bodies/EPA_TRIBUNAL/members").param("asOf", "2025-10-01"))
        .andExpect(jsonPath("$.items[?(@.state == 'CAN')]", hasSize(0)));
  }

  @Test
  void rejectsAnInvalidStateCodeNamingTheFieldAndStoresNothing() throws Exception {
    long before = memberships();

    mvc.perform(asSecretariat(post("/api/v1/memberships")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\":\"ukr1\",\"body\":\"COE\",\"status\":\"MEMBER\"," + SOURCE + "}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/invalid-state-code"))
        .andExpect(jsonPath("$.field").value("state"));
    assertThat(memberships()).isEqualTo(before);
  }

  @Test
  void rejectsAnOverlappingMembershipNamingBothPeriodsAndStoresNothing() throws Exception {
    long before = memberships();

    mvc.perform(asSecretariat(post("/api/v1/memberships")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\":\"UKR\",\"body\":\"JIT_UKRAINE\",\"from\":\"2023-01-01\",\"to\":\"2024-01-01\","
                + "\"status\":\"MEMBER\"," + SOURCE + "}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("/problems/membership-overlap"))
        .andExpect(jsonPath("$.field").value("period"))
        .andExpect(jsonPath("$.existing").value("[2022-03-25, open)"))
        .andExpect(jsonPath("$.proposed").value("[2023-01-01, 2024-01-01)"));
    assertThat(memberships()).isEqualTo(before);
  }

  @Test
  void rejectsAnIllegalActionSequenceWithAnExplanationAndStoresNothing() throws Exception {
    long before = actions();

    mvc.perform(asSecretariat(post("/api/v1/instruments/CONV_ICC_UKR/actions"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\":\"USA\",\"act\":\"RATIFICATION\",\"date\":\"2026-01-05\"," + SOURCE + "}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("/problems/illegal-action-sequence"))
        .andExpect(jsonPath("$.field").value("act"))
        .andExpect(jsonPath("$.detail").value(containsString("before signing")));
    assertThat(actions()).isEqualTo(before);
  }

  @Test
  void rejectsBadFieldValuesNamingTheField() throws Exception {
    mvc.perform(asSecretariat(post("/api/v1/memberships")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\":\"UKR\",\"body\":\"COE\",\"from\":\"2020-13-01\",\"status\":\"MEMBER\"," + SOURCE + "}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("from"));
    mvc.perform(asSecretariat(post("/api/v1/memberships")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\":\"UKR\",\"body\":\"COE\",\"status\":\"BOSS\"," + SOURCE + "}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("status"));
    mvc.perform(asSecretariat(post("/api/v1/memberships")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\":\"UKR\",\"body\":\"COE\",\"status\":\"MEMBER\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("source"));
    mvc.perform(asSecretariat(post("/api/v1/memberships")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\":\"UKR\",\"body\":\"COE\",\"status\":\"MEMBER\",\"colour\":\"red\"," + SOURCE + "}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value(containsString("colour")));
    mvc.perform(get("/api/v1/bodies/NOPE/members")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("/problems/unknown-body"));
  }

  @Test
  void chartAndStatusOfAnInstrumentAsOfADate() throws Exception {
    mvc.perform(get("/api/v1/instruments/AGR_UKR_COE_ST/chart").param("asOf", "2025-08-01"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.standing.status").value("UNDETERMINED"))
        .andExpect(jsonPath("$.standing.ruleUnconfirmed").value(true))
        .andExpect(jsonPath("$.rows[?(@.state == 'UKR')].ratification").value("2025-07-15"))
        .andExpect(jsonPath("$.rows[?(@.organisation == 'COE')].signature").value("2025-06-25"));
    mvc.perform(get("/api/v1/instruments/CONV_ICC_UKR/status").param("asOf", "2025-12-17"))
        .andExpect(jsonPath("$.status").value("NOT_YET_IN_FORCE")).andExpect(jsonPath("$.signatories").value(35));
    mvc.perform(get("/api/v1/instruments/CONV_ICC_UKR/chart").param("format", "csv")).andExpect(status().isOk())
        .andExpect(content().string(containsString("GRC,,SIGNATORY,2025-12-19")));
  }

  private long instrumentVersions() {
    return jdbc.sql("SELECT count(*) FROM coalition.instrument_version").query(Long.class).single();
  }

  @Test
  void registersAnInstrumentWithItsRuleAsDataAndCorrectsItKeepingHistory() throws Exception {
    mvc.perform(asSecretariat(post("/api/v1/instruments")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"TEST_API_CONVENTION\",\"title\":\"Test convention\",\"kind\":\"convention\","
                + "\"adoptedOn\":\"2026-01-15\",\"signatureRequired\":true,\"entryIntoForce\":{\"kind\":\"AFTER_CONSENTS\","
                + "\"consents\":5,\"months\":3,\"firstDayOfMonth\":true}," + SOURCE + "}"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/instruments/TEST_API_CONVENTION"))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.entryIntoForce.kind").value("AFTER_CONSENTS"))
        .andExpect(jsonPath("$.entryIntoForce.consents").value(5))
        .andExpect(jsonPath("$.entryIntoForce.description").value(containsString("first day of the month")));

    mvc.perform(asSecretariat(post("/api/v1/instruments/TEST_API_CONVENTION/corrections"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"title\":\"Test convention\",\"kind\":\"CONVENTION\",\"adoptedOn\":\"2026-01-15\","
                + "\"signatureRequired\":true,\"entryIntoForce\":{\"kind\":\"AFTER_CONSENTS\",\"consents\":10,"
                + "\"months\":3,\"firstDayOfMonth\":true},\"reason\":\"ten ratifications per article 30\"," + SOURCE
                + "}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));

    mvc.perform(get("/api/v1/instruments/TEST_API_CONVENTION/history")).andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(2))).andExpect(jsonPath("$[0].entryIntoForce.consents").value(5))
        .andExpect(jsonPath("$[1].entryIntoForce.consents").value(10))
        .andExpect(jsonPath("$[1].reason").value("ten ratifications per article 30"))
        .andExpect(jsonPath("$[1].recordedBy").value(startsWith("test-secretariat")));
    mvc.perform(get("/api/v1/instruments/TEST_API_CONVENTION/status").param("asOf", "2026-02-01"))
        .andExpect(jsonPath("$.rule").value(containsString("after 10 consents")));
  }

  @Test
  void rejectsABadInstrumentNamingTheFieldAndStoresNothing() throws Exception {
    long before = instrumentVersions();
    String valid = "\"title\":\"T\",\"kind\":\"CONVENTION\",\"signatureRequired\":true," + SOURCE;

    mvc.perform(asSecretariat(post("/api/v1/instruments")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"TEST_BAD\"," + valid + ",\"entryIntoForce\":{\"kind\":\"AFTER_CONSENTS\",\"consents\":0,"
                + "\"months\":3}}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("entryIntoForce.consents"));
    mvc.perform(asSecretariat(post("/api/v1/instruments")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"TEST_BAD\"," + valid + ",\"entryIntoForce\":{\"kind\":\"SOMEDAY\"}}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("entryIntoForce.kind"));
    mvc.perform(asSecretariat(post("/api/v1/instruments")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"test bad\"," + valid + ",\"entryIntoForce\":{\"kind\":\"TEXTUAL\",\"text\":\"?\"}}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("id"));
    mvc.perform(asSecretariat(post("/api/v1/instruments")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"TEST_BAD\",\"title\":\"T\",\"kind\":\"CONVENTION\"," + SOURCE
                + ",\"entryIntoForce\":{\"kind\":\"ON_SIGNATURE\",\"signatures\":2}}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("signatureRequired"));
    mvc.perform(asSecretariat(post("/api/v1/instruments")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"AGR_UKR_COE_ST\"," + valid + ",\"entryIntoForce\":{\"kind\":\"TEXTUAL\",\"text\":\"?\"}}"))
        .andExpect(status().isConflict());
    mvc.perform(asSecretariat(post("/api/v1/instruments/CONV_ICC_UKR/corrections"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{" + valid + ",\"entryIntoForce\":{\"kind\":\"TEXTUAL\",\"text\":\"?\"}}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
    assertThat(instrumentVersions()).isEqualTo(before);
  }

  private java.util.List<String> ids(String path, String limit, String... params) throws Exception {
    var ids = new java.util.ArrayList<String>();
    String after = null;
    do {
      var request = get(path).param("limit", limit);
      for (int i = 0; i < params.length; i += 2) {
        request.param(params[i], params[i + 1]);
      }
      if (after != null) {
        request.param("after", after);
      }
      JsonNode page = json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
          .getContentAsString());
      page.get("items").forEach(item -> ids.add(item.has("id") ? item.get("id").asString() : item.get("code").asString()));
      after = page.get("next").isNull() ? null : page.get("next").asString();
    } while (after != null);
    return ids;
  }

  @Test
  void keysetPagesGiveTheSameListAsOneLargePage() throws Exception {
    for (String[] list : new String[][] {{"/api/v1/states"}, {"/api/v1/memberships"},
        {"/api/v1/memberships", "asOf", "2025-01-01"}, {"/api/v1/bodies/COE/members", "asOf", "2021-06-01"},
        {"/api/v1/instruments/CONV_ICC_UKR/actions", "asOf", "2026-01-01"}}) {
      String path = list[0];
      String[] params = java.util.Arrays.copyOfRange(list, 1, list.length);
      var paged = ids(path, "7", params);
      var whole = ids(path, "500", params);
      assertThat(paged).as(path).hasSizeGreaterThan(7).isEqualTo(whole).doesNotHaveDuplicates();
    }
  }

  @Test
  void refusesACursorItDidNotProduce() throws Exception {
    mvc.perform(get("/api/v1/memberships").param("after", "bm90LWEtY3Vyc29y"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("after"));
    mvc.perform(get("/api/v1/states").param("after", "%%%"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("after"));
    mvc.perform(get("/api/v1/states").param("limit", "0"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("limit"));
  }
}

package org.tribunal.coalition.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tribunal.support.IntegrationTest;

@IntegrationTest
@AutoConfigureMockMvc
class CoalitionPagesIntegrationTests {

  @Autowired MockMvc mvc;

  @Test
  void listsStatesInTheChosenLanguage() throws Exception {
    mvc.perform(get("/states").param("lang", "uk")).andExpect(status().isOk())
        .andExpect(content().string(containsString("Україна"))).andExpect(content().string(containsString("Держави")));
    mvc.perform(get("/states").param("lang", "fr")).andExpect(status().isOk())
        .andExpect(content().string(containsString("Allemagne")));
  }

  @Test
  void showsMembersOfABodyAsOfTheChosenDateWithUnconfirmedBadges() throws Exception {
    mvc.perform(get("/bodies/COE").param("asOf", "2021-06-01")).andExpect(status().isOk())
        .andExpect(content().string(containsString("data-party=\"RUS\"")))
        .andExpect(content().string(containsString("badge unconfirmed")))
        .andExpect(content().string(not(containsString("add-membership"))));
    mvc.perform(get("/bodies/COE").param("asOf", "2023-06-01")).andExpect(status().isOk())
        .andExpect(content().string(not(containsString("data-party=\"RUS\""))));
  }

  @Test
  void showsAStateWithItsMembershipsActionsAndTimeline() throws Exception {
    mvc.perform(get("/states/UKR").param("asOf", "2025-08-01")).andExpect(status().isOk())
        .andExpect(content().string(containsString("AGR_UKR_COE_ST")))
        .andExpect(content().string(containsString("id=\"timeline\"")));
  }

  @Test
  void showsTheChartOfAnInstrument() throws Exception {
    mvc.perform(get("/instruments/CONV_ICC_UKR").param("asOf", "2025-12-31")).andExpect(status().isOk())
        .andExpect(content().string(containsString("data-party=\"GRC\"")))
        .andExpect(content().string(containsString("Not yet in force")));
  }

  @Test
  void secretariatAddsAMembershipThroughTheForm() throws Exception {
    mvc.perform(post("/bodies/EPA_TRIBUNAL/memberships").with(user("clerk").roles("SECRETARIAT")).with(csrf())
            .param("state", "NLD").param("from", "2025-11-03").param("status", "PARTICIPANT")
            .param("sourceTitle", "Test notification").param("sourceUrl", "https://example.org/nl"))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/bodies/EPA_TRIBUNAL?asOf=2025-11-03"));
    mvc.perform(get("/bodies/EPA_TRIBUNAL").param("asOf", "2025-11-03"))
        .andExpect(content().string(containsString("data-party=\"NLD\"")));
  }

  @Test
  void aRefusedFormComesBackWithTheProblem() throws Exception {
    mvc.perform(post("/bodies/COE/memberships").with(user("clerk").roles("SECRETARIAT")).with(csrf())
            .param("state", "FRA").param("from", "2000-01-01").param("status", "MEMBER")
            .param("sourceTitle", "Test"))
        .andExpect(status().isConflict()).andExpect(content().string(containsString("class=\"problem\"")))
        .andExpect(content().string(containsString("[1949-05-05, open)")));
  }

  @Test
  void secretariatRegistersAndCorrectsAnInstrumentThroughTheForms() throws Exception {
    mvc.perform(post("/instruments").with(user("clerk").roles("SECRETARIAT")).with(csrf())
            .param("id", "TEST_PAGE_AGREEMENT").param("title", "Test bilateral agreement").param("kind", "AGREEMENT")
            .param("signatureRequired", "true").param("ruleKind", "ON_SIGNATURE").param("signatures", "2")
            .param("sourceTitle", "Test notification"))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/instruments/TEST_PAGE_AGREEMENT"));
    mvc.perform(post("/instruments/TEST_PAGE_AGREEMENT/corrections").with(user("clerk").roles("SECRETARIAT"))
            .with(csrf()).param("title", "Test bilateral agreement").param("kind", "AGREEMENT")
            .param("ruleKind", "ON_DATE").param("ruleDate", "2026-05-01").param("sourceTitle", "Test notification")
            .param("reason", "enters into force on a fixed date"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/instruments/TEST_PAGE_AGREEMENT").with(user("clerk").roles("SECRETARIAT")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("enters into force on a fixed date")))
        .andExpect(content().string(containsString("on 2026-05-01")))
        .andExpect(content().string(containsString("id=\"correct-instrument\"")));
  }

  @Test
  void aRefusedInstrumentFormComesBackWithTheProblem() throws Exception {
    mvc.perform(post("/instruments").with(user("clerk").roles("SECRETARIAT")).with(csrf())
            .param("id", "TEST_PAGE_BAD").param("title", "Bad").param("kind", "CONVENTION")
            .param("ruleKind", "AFTER_CONSENTS").param("months", "3").param("sourceTitle", "Test"))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("class=\"problem\"")))
        .andExpect(content().string(containsString("entryIntoForce.consents")));
    mvc.perform(get("/instruments")).andExpect(status().isOk())
        .andExpect(content().string(not(containsString("register-instrument"))));
  }
}

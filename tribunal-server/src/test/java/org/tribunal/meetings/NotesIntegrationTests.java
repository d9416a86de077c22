package org.tribunal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
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
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.CreatedUser;
import org.tribunal.access.Role;
import org.tribunal.access.UserManagement;
import org.tribunal.shared.Classification;
import org.tribunal.support.IntegrationTest;

@IntegrationTest
@AutoConfigureMockMvc
class NotesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired UserManagement users;

  private String tokenOf(Role role, Classification level, Set<String> compartments) {
    AccessFixtures fixtures = AccessFixtures.in(context);
    CreatedUser user = fixtures.user(role);
    users.grantClearance(user.user().username(), level, compartments);
    return AccessFixtures.bearer(fixtures.tokenFor(user.user().username()));
  }

  private static String note(String classification, String compartments, String subject) {
    return "{\"authorState\":\"UKR\",\"addressees\":[\"CORE_GROUP\"],\"date\":\"2026-02-01\",\"subject\":\"" + subject
        + "\",\"text\":\"Text of " + subject + "\",\"classification\":\"" + classification + "\",\"compartments\":["
        + compartments + "],\"attachments\":[{\"filename\":\"memo.txt\",\"mediaType\":\"text/plain\",\"contentBase64\":\""
        + Base64.getEncoder().encodeToString("memo".getBytes()) + "\"}]}";
  }

  @Test
  void anAuthorMarksNotesOnlyWithinItsOwnClearance() throws Exception {
    String clerk = tokenOf(Role.SECRETARIAT, Classification.CONFIDENTIAL, Set.of("host-state"));
    mvc.perform(post("/api/v1/notes").header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
            .content(note("SECRET", "", "too high")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("/problems/invalid-note"))
        .andExpect(jsonPath("$.field").value("classification"));
    mvc.perform(post("/api/v1/notes").header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
            .content(note("RESTRICTED", "\"statute-drafting\"", "foreign compartment")))
        .andExpect(status().isUnprocessableContent());
    mvc.perform(post("/api/v1/notes").header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
            .content(note("CONFIDENTIAL", "\"host-state\"", "within clearance")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.compartments[0]").value("host-state"))
        .andExpect(jsonPath("$.attachments[0].sha256").value(
            java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest("memo".getBytes()))));
    String admin = tokenOf(Role.ADMIN, Classification.PUBLIC, Set.of());
    mvc.perform(post("/api/v1/notes").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
            .content(note("RESTRICTED", "", "admin without clearance")))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void declassifyingMakesANewVersionKeepsTheOldMarkingAndPublishesTheContentOnlyThen() throws Exception {
    String clerk = tokenOf(Role.SECRETARIAT, Classification.SECRET, Set.of("host-state"));
    String publicReader = tokenOf(Role.DELEGATION, Classification.PUBLIC, Set.of());
    String json = mvc.perform(post("/api/v1/notes").header("Authorization", clerk)
            .contentType(MediaType.APPLICATION_JSON).content(note("SECRET", "\"host-state\"", "seat talks")))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1))
        .andReturn().getResponse().getContentAsString();
    String id = json.replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    mvc.perform(get("/api/v1/notes/" + id).header("Authorization", publicReader)).andExpect(status().isNotFound());

    mvc.perform(post("/api/v1/notes/" + id + "/declassify").header("Authorization", clerk)
            .contentType(MediaType.APPLICATION_JSON).content("{\"classification\":\"SECRET\",\"compartments\":[\"host-state\"],"
                + "\"reason\":\"nothing lowered\"}"))
        .andExpect(status().isUnprocessableContent());
    mvc.perform(post("/api/v1/notes/" + id + "/declassify").header("Authorization", clerk)
            .contentType(MediaType.APPLICATION_JSON).content("{\"classification\":\"PUBLIC\",\"compartments\":[]}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("reason"));
    mvc.perform(post("/api/v1/notes/" + id + "/declassify").header("Authorization", publicReader)
            .contentType(MediaType.APPLICATION_JSON).content("{\"classification\":\"PUBLIC\",\"reason\":\"x\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/notes/" + id + "/declassify").header("Authorization", clerk)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"classification\":\"PUBLIC\",\"compartments\":[],\"reason\":\"originator consented\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.classification").value("PUBLIC"));

    mvc.perform(get("/api/v1/notes/" + id).header("Authorization", publicReader))
        .andExpect(status().isOk()).andExpect(jsonPath("$.text").value("Text of seat talks"));
    mvc.perform(get("/api/v1/notes/" + id + "/history").header("Authorization", publicReader))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].classification").value("SECRET"))
        .andExpect(jsonPath("$[0].compartments[0]").value("host-state"))
        .andExpect(jsonPath("$[1].classification").value("PUBLIC"))
        .andExpect(jsonPath("$[1].reason").value("originator consented"));
    String attachment = json.replaceAll(".*\"attachments\":\\[\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    mvc.perform(get("/api/v1/notes/" + id + "/attachments/" + attachment).header("Authorization", publicReader))
        .andExpect(status().isOk()).andExpect(content().string("memo"));

    List<Map<String, Object>> versions = jdbc.sql(
            "SELECT version, salt IS NOT NULL AS sealed FROM meetings.note_version WHERE note_id = ?::uuid ORDER BY version")
        .param(id).query().listOfRows();
    assertThat(versions).extracting(v -> v.get("sealed")).containsExactly(true, false);
    assertThat(jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_type = 'meetings.note' AND record_id = ?")
        .param(id).query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void readsOfClassifiedNotesAreAuditedAndPublicOnesAreNot() throws Exception {
    String clerk = tokenOf(Role.SECRETARIAT, Classification.RESTRICTED, Set.of());
    String restricted = mvc.perform(post("/api/v1/notes").header("Authorization", clerk)
            .contentType(MediaType.APPLICATION_JSON).content(note("RESTRICTED", "", "audited read")))
        .andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    String open = mvc.perform(post("/api/v1/notes").header("Authorization", clerk)
            .contentType(MediaType.APPLICATION_JSON).content(note("PUBLIC", "", "open read")))
        .andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    mvc.perform(get("/api/v1/notes/" + restricted).header("Authorization", clerk)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/notes/" + open).header("Authorization", clerk)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/notes").param("q", "audited read").header("Authorization", clerk)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/notes").param("q", "audited read").param("format", "csv").header("Authorization", clerk))
        .andExpect(status().isOk());

    assertThat(jdbc.sql("SELECT action FROM access.audit_entry WHERE object_ref = ? AND action <> 'WRITE' ORDER BY id")
        .param("meetings/note/" + restricted).query(String.class).list())
        .containsExactly("READ", "LIST", "EXPORT");
    assertThat(jdbc.sql("SELECT count(*) FROM access.audit_entry WHERE object_ref = ? AND action <> 'WRITE'")
        .param("meetings/note/" + open).query(Long.class).single()).isZero();
  }
}

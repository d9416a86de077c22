package org.tribunal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.Role;
import org.tribunal.support.IntegrationTest;

@IntegrationTest
@AutoConfigureMockMvc
class MeetingsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  private String secretariat() {
    return AccessFixtures.bearer(AccessFixtures.in(context).bearerToken(Role.SECRETARIAT));
  }

  private String create(String token, String body) throws Exception {
    String json = mvc.perform(post("/api/v1/meetings").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    return json.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
  }

  private static final String SOURCE = "\"source\":{\"title\":\"Test source\",\"url\":\"https://example.org/s\"}";

  @Test
  void loadsTheCoreGroupMeetingsWithSourcesAndUnconfirmedFlags() {
    List<Map<String, Object>> rows = jdbc.sql("""
        SELECT number, place, start_date::text AS start, unconfirmed, source_url FROM meetings.meeting
        WHERE body_id = 'CORE_GROUP' AND recorded_by = 'seed' ORDER BY start_date NULLS LAST, place""")
        .query().listOfRows();
    assertThat(rows).hasSize(15);
    assertThat(rows.get(0)).containsEntry("number", 1).containsEntry("start", "2023-01-26")
        .containsEntry("unconfirmed", false);
    assertThat(rows).filteredOn(r -> Integer.valueOf(12).equals(r.get("number"))).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("place", "Riga, Latvia").containsEntry("start", "2024-11-22")
            .containsEntry("source_url", "https://mfa.gov.lv/en/article/foreign-minister-baiba-braze-presence-39-countries-meeting-special-tribunal-crime-aggression-against-ukraine-shows-overwhelming-support-it-be-establishment"));
    assertThat(rows).filteredOn(r -> "Tallinn, Estonia".equals(r.get("place"))).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("unconfirmed", true).containsEntry("number", null));
    assertThat(jdbc.sql("""
        SELECT o.kind || ' ' || coalesce(o.text_id, o.state_code, '') FROM meetings.outcome o
        JOIN meetings.meeting m ON m.id = o.meeting_id WHERE m.body_id = 'CORE_GROUP' AND m.number = 12""")
        .query(String.class).list()).contains("STATEMENT_ADOPTED CG_VIENNA_RIGA_2024_11_22");
    assertThat(jdbc.sql("""
        SELECT o.state_code FROM meetings.outcome o JOIN meetings.meeting m ON m.id = o.meeting_id
        WHERE m.body_id = 'G7' AND m.start_date = DATE '2025-02-24' AND o.kind = 'OBJECTION'""")
        .query(String.class).list()).containsExactly("USA");
    assertThat(jdbc.sql("SELECT count(*) FROM meetings.note WHERE subject LIKE 'SAMPLE — invented for demonstration%'")
        .query(Long.class).single()).isEqualTo(5);
    assertThat(jdbc.sql("SELECT count(DISTINCT classification) FROM meetings.note").query(Long.class).single())
        .isEqualTo(4);
  }

  @Test
  void recordsAMeetingItsMovesAndFactsEachIntoThePublicRecord() throws Exception {
    String token = secretariat();
    long before = jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_type LIKE 'meetings.%'")
        .query(Long.class).single();
    String id = create(token, "{\"bodyId\":\"CORE_GROUP\",\"number\":15,\"place\":\"The Hague\","
        + "\"startDate\":\"2026-12-01\",\"endDate\":\"2026-12-02\"," + SOURCE + "}");

    mvc.perform(post("/api/v1/meetings/" + id + "/attendance").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\":\"UKR\",\"level\":\"MINISTER\",\"presence\":\"PRESENT\"," + SOURCE + "}"))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/illegal-status-change"));
    mvc.perform(post("/api/v1/meetings/" + id + "/status").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"POSTPONED\",\"reason\":\"venue\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
    mvc.perform(post("/api/v1/meetings/" + id + "/status").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"HELD\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.from").value("POSTPONED")).andExpect(jsonPath("$.to").value("HELD"));
    mvc.perform(post("/api/v1/meetings/" + id + "/status").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\":\"PLANNED\",\"startDate\":\"2027-01-10\",\"endDate\":\"2027-01-09\"}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("endDate"));
    mvc.perform(post("/api/v1/meetings/" + id + "/status").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"PLANNED\",\"startDate\":\"2027-01-10\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.startDate").value("2027-01-10"))
        .andExpect(jsonPath("$.endDate").value("2027-01-10"));

    mvc.perform(get("/api/v1/meetings/planned.ics"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/calendar"))
        .andExpect(content().string(containsString("UID:" + id + "@")))
        .andExpect(content().string(containsString("DTSTART;VALUE=DATE:20270110\r\nDTEND;VALUE=DATE:20270111\r\n")))
        .andExpect(content().string(startsWith("BEGIN:VCALENDAR\r\n")));

    mvc.perform(post("/api/v1/meetings/" + id + "/status").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"HELD\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(4));
    mvc.perform(post("/api/v1/meetings/" + id + "/attendance").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\":\"UKR\",\"delegation\":\"Deputy head of the Office\",\"level\":\"DEPUTY_MINISTER\","
                + "\"presence\":\"PRESENT\"," + SOURCE + "}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("UKR"));
    mvc.perform(post("/api/v1/meetings/" + id + "/attendance").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\":\"UKR\",\"presence\":\"ABSENT\"," + SOURCE + "}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("state"));
    mvc.perform(post("/api/v1/meetings/" + id + "/attendance").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\":\"USA\",\"presence\":\"OBSERVER\",\"unconfirmed\":true," + SOURCE + "}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.unconfirmed").value(true))
        .andExpect(jsonPath("$.level").value("UNKNOWN"));
    mvc.perform(post("/api/v1/meetings/" + id + "/outcomes").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"OBJECTION\",\"summary\":\"the word aggressor\"," + SOURCE + "}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("state"));
    mvc.perform(post("/api/v1/meetings/" + id + "/outcomes").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"STATEMENT_ADOPTED\",\"summary\":\"The Hague Statement\",\"textId\":\"HAGUE_2026\"," + SOURCE + "}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.textId").value("HAGUE_2026"));
    mvc.perform(post("/api/v1/meetings/" + id + "/outcomes").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"OBJECTION\",\"summary\":\"the word aggressor\",\"state\":\"USA\"," + SOURCE + "}"))
        .andExpect(status().isCreated());
    mvc.perform(post("/api/v1/meetings/" + id + "/agenda").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Opening\"," + SOURCE + "}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.position").value(1));
    mvc.perform(post("/api/v1/meetings/" + id + "/documents").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Press release\",\"url\":\"https://example.org/p\"}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("source"));

    mvc.perform(get("/api/v1/meetings/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.meeting.status").value("HELD"))
        .andExpect(jsonPath("$.attendance.length()").value(2))
        .andExpect(jsonPath("$.outcomes.length()").value(2))
        .andExpect(jsonPath("$.agenda[0].title").value("Opening"));
    mvc.perform(get("/api/v1/meetings/" + id + "/history"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(4))
        .andExpect(jsonPath("$[1].status").value("POSTPONED")).andExpect(jsonPath("$[1].reason").value("venue"));

    long after = jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_type LIKE 'meetings.%'")
        .query(Long.class).single();
    // created, 3 moves, 2 attendances, 2 outcomes, 1 agenda item
    assertThat(after - before).isEqualTo(9);
  }

  @Test
  void readsAMeetingAsTheRecordStoodAtTheEndOfAnEarlierDay() throws Exception {
    String token = secretariat();
    String id = create(token, "{\"bodyId\":\"CORE_GROUP\",\"number\":16,\"place\":\"Strasbourg\","
        + "\"startDate\":\"2025-03-19\"," + SOURCE + "}");
    mvc.perform(post("/api/v1/meetings/" + id + "/status").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"HELD\",\"reason\":\"took place\"}"))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/meetings/" + id + "/attendance").header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\":\"NLD\",\"presence\":\"PRESENT\"," + SOURCE + "}"))
        .andExpect(status().isCreated());
    // Arrange a past: version 1 recorded on 1 March, version 2 and the attendance on 20 March 2025.
    UUID meeting = UUID.fromString(id);
    jdbc.sql("UPDATE meetings.meeting_version SET recorded_at = ?::timestamptz WHERE meeting_id = ? AND version = 1")
        .params("2025-03-01T10:00:00Z", meeting).update();
    jdbc.sql("UPDATE meetings.meeting_version SET recorded_at = ?::timestamptz WHERE meeting_id = ? AND version = 2")
        .params("2025-03-20T23:30:00Z", meeting).update();
    jdbc.sql("UPDATE meetings.attendance SET recorded_at = ?::timestamptz WHERE meeting_id = ?")
        .params("2025-03-20T23:30:00Z", meeting).update();

    mvc.perform(get("/api/v1/meetings/" + id).param("asOf", "2025-03-19"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.meeting.status").value("PLANNED"))
        .andExpect(jsonPath("$.meeting.version").value(1))
        .andExpect(jsonPath("$.meeting.place").value("Strasbourg"))
        .andExpect(jsonPath("$.attendance.length()").value(0));
    mvc.perform(get("/api/v1/meetings/" + id).param("asOf", "2025-03-20"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.meeting.status").value("HELD"))
        .andExpect(jsonPath("$.meeting.version").value(2))
        .andExpect(jsonPath("$.attendance[0].state").value("NLD"));
    mvc.perform(get("/api/v1/meetings/" + id).param("asOf", "2025-02-28"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/unknown-meeting"));
    mvc.perform(get("/api/v1/meetings/" + id).param("asOf", "March"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

    var secretariatUser = user(AccessFixtures.principal(Role.SECRETARIAT, null));
    mvc.perform(get("/meetings/" + id).param("asOf", "2025-03-19").with(secretariatUser))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"as-of\"")))
        .andExpect(content().string(containsString("2025-03-19")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"agenda-form\""))));
    mvc.perform(get("/meetings/" + id).with(secretariatUser))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"agenda-form\"")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"as-of\""))))
        .andExpect(content().string(containsString("?asOf=2025-03-01")));
  }

  @Test
  void refusesWritesFromThePublicAndDelegationsAndAnswersUnknownMeetingsWithProblems() throws Exception {
    String body = "{\"bodyId\":\"CORE_GROUP\"," + SOURCE + "}";
    mvc.perform(post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnauthorized());
    mvc.perform(post("/api/v1/meetings").header("Authorization",
            AccessFixtures.bearer(AccessFixtures.in(context).bearerToken(Role.DELEGATION)))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/meetings").header("Authorization", secretariat())
            .contentType(MediaType.APPLICATION_JSON).content("{\"bodyId\":\"NO_SUCH_BODY\"," + SOURCE + "}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("bodyId"));
    mvc.perform(get("/api/v1/meetings/00000000-0000-0000-0000-000000000000"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("/problems/unknown-meeting"));
    mvc.perform(get("/api/v1/meetings/not-a-uuid"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("/problems/unknown-meeting"));
  }

  @Test
  void listsMeetingsPageByPageAndExportsCsv() throws Exception {
    String first = mvc.perform(get("/api/v1/meetings").param("body", "CORE_GROUP").param("to", "2025-12-31").param("limit", "3"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(3))
        .andExpect(jsonPath("$.items[0].startDate").value("2025-05-09"))
        .andReturn().getResponse().getContentAsString();
    String next = first.replaceAll(".*\"next\":\"([^\"]+)\".*", "$1");
    mvc.perform(get("/api/v1/meetings").param("body", "CORE_GROUP").param("to", "2025-12-31").param("limit", "3")
            .param("after", next))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].number").value(12));
    mvc.perform(get("/api/v1/meetings").param("after", "garbage"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("/problems/invalid-cursor"));
    mvc.perform(get("/api/v1/meetings").param("body", "CORE_GROUP").param("format", "csv"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(content().string(startsWith("id,version,body_id,number,title,place,start_date")))
        .andExpect(content().string(containsString("Riga, Latvia")));
    mvc.perform(get("/api/v1/meetings").param("status", "HELD").accept("text/csv"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString("meetings.csv")));
  }

  @Test
  void rendersTheMeetingPagesInEveryLanguage() throws Exception {
    String id = jdbc.sql("SELECT id::text FROM meetings.meeting WHERE body_id = 'CORE_GROUP' AND number = 14")
        .query(String.class).single();
    mvc.perform(get("/meetings").param("lang", "fr"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Réunions")));
    mvc.perform(get("/meetings/" + id).param("lang", "uk"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Засідання")))
        .andExpect(content().string(containsString("Strasbourg")));
    mvc.perform(get("/meetings/calendar").param("month", "2025-03").param("lang", "en"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("CORE_GROUP #14")));
    mvc.perform(get("/meetings/00000000-0000-0000-0000-000000000000"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    mvc.perform(get("/meetings").param("after", "garbage"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
  }
}

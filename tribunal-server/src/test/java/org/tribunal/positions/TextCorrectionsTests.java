package org.tribunal.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.positions.domain.PositionBatch;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;
import org.tribunal.support.IntegrationTest;

/**
 * A text is corrected as a new version, like a position: the earlier version stays in its history, each
 * version is one public-record entry, and a stance that changes with the text's claims is published as a
 * shift. Through the facade, the API and the pages. Uses Iceland and texts of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class TextCorrectionsTests {

  static final StateCode ISL = StateCode.of("ISL");
  static final SourceRef SOURCE = new SourceRef("test source", null, null, "https://example.org/isl-texts");

  @Autowired PositionManagement management;
  @Autowired PositionQueries queries;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;
  @Autowired MockMvc mvc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DataSource dataSource;

  @Test
  void correctingATextAddsAVersionWithOneEntryKeepsTheHistoryAndPublishesTheNewShift() {
    TextId signed = text("ISL_CORR_SIGNED", LocalDate.of(2032, 1, 10), Set.of(Claim.NAMES_AGGRESSOR));
    TextId declined = text("ISL_CORR_DECLINED", LocalDate.of(2032, 2, 10), Set.of());
    PositionView support = management.recordPosition(new NewPosition(ISL, signed, PositionKind.SIGNATORY,
        LocalDate.of(2032, 1, 10), null, SOURCE, false, null));
    PositionView decline = management.recordPosition(new NewPosition(ISL, declined, PositionKind.DECLINED_TO_SIGN,
        LocalDate.of(2032, 2, 10), null, SOURCE, false, null));
    assertThat(queries.timeline(ISL, Claim.NAMES_AGGRESSOR, LocalDate.of(2032, 12, 31)).points())
        .extracting(p -> p.position().text()).doesNotContain(declined);
    int entriesBefore = entries("positions.text");

    TextView v1 = queries.getText(declined);
    TextView v2 = management.correctText(copy(v1, "Corrected title", Set.of(Claim.NAMES_AGGRESSOR)),
        "the statement names the aggressor");

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.reason()).isEqualTo("the statement names the aggressor");
    assertThat(v2.title()).isEqualTo("Corrected title");
    assertThat(v2.claims()).containsExactly(Claim.NAMES_AGGRESSOR);
    assertThat(queries.textHistory(declined)).extracting(TextView::version, TextView::title, TextView::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, v1.title(), null),
            org.assertj.core.groups.Tuple.tuple(2, "Corrected title", "the statement names the aggressor"));
    assertThat(queries.textHistory(declined).get(0).claims()).isEmpty();
    assertThat(entries("positions.text")).isEqualTo(entriesBefore + 1);
    assertThat(jdbc.sql("SELECT version FROM record.entry_ref WHERE record_type = 'positions.text' AND record_id = ?"
        + " ORDER BY version").param(declined.value()).query(Integer.class).list()).containsExactly(1, 2);

    List<StanceShifted> shifts = events.stream(StanceShifted.class)
        .filter(s -> s.state().equals(ISL) && s.date().equals(LocalDate.of(2032, 2, 10))).toList();
    assertThat(shifts).singleElement().satisfies(s -> {
      assertThat(s.from()).isEqualTo(Stance.SUPPORTS);
      assertThat(s.to()).isEqualTo(Stance.OPPOSES);
      assertThat(s.before()).isEqualTo(support.ref());
      assertThat(s.after()).isEqualTo(decline.ref());
    });
    assertThat(queries.timeline(ISL, Claim.NAMES_AGGRESSOR, LocalDate.of(2032, 12, 31)).points())
        .extracting(p -> p.position().text()).contains(declined);
  }

  @Test
  void refusesACorrectionWithoutReasonOrChangeAndOfAnUnknownText() {
    TextId id = text("ISL_CORR_REFUSED", LocalDate.of(2032, 3, 10), Set.of());
    TextView current = queries.getText(id);
    int entriesBefore = entries("positions.text");

    assertThatThrownBy(() -> management.correctText(copy(current, "Other title", Set.of()), " "))
        .isInstanceOf(InvalidPositionException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> management.correctText(copy(current, current.title(), Set.of()), "no change"))
        .isInstanceOf(InvalidPositionException.class).hasMessageContaining("changes nothing");
    assertThatThrownBy(() -> management.correctText(copy(current, "x", Set.of(Claim.of("NO_SUCH_CLAIM"))), "r"))
        .isInstanceOf(UnknownPositionEntityException.class);
    NewText unknown = new NewText(TextId.of("ISL_CORR_NOBODY"), null, TextKind.JOINT_STATEMENT, "G7",
        LocalDate.of(2032, 3, 10), "t", null, null, Set.of(), null, null, null, SOURCE, false, null);
    assertThatThrownBy(() -> management.correctText(unknown, "r")).isInstanceOf(UnknownPositionEntityException.class);

    assertThat(queries.textHistory(id)).singleElement().extracting(TextView::version).isEqualTo(1);
    assertThat(entries("positions.text")).isEqualTo(entriesBefore);
  }

  @Test
  void theApiRecordsACorrectionAndListsTheVersions() throws Exception {
    TextId id = text("ISL_CORR_API", LocalDate.of(2032, 4, 10), Set.of());
    String body = """
        {"kind":"JOINT_STATEMENT","body":"G7","date":"2032-04-11","title":"Corrected through the API",
         "claims":["DEMANDS_WITHDRAWAL"],"source":{"title":"test source","url":"https://example.org/isl-texts"},
         "unconfirmed":false,"reason":"the date was a day off"}""";
    mvc.perform(post("/api/v1/positions/texts/{id}/versions", id.value()).with(user("clerk").roles("SECRETARIAT"))
            .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.date").value("2032-04-11"))
        .andExpect(jsonPath("$.reason").value("the date was a day off"))
        .andExpect(jsonPath("$.claims[0]").value("DEMANDS_WITHDRAWAL"));
    mvc.perform(get("/api/v1/positions/texts/{id}/versions", id.value()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].version").value(1))
        .andExpect(jsonPath("$[1].title").value("Corrected through the API"));

    mvc.perform(post("/api/v1/positions/texts/{id}/versions", id.value()).with(user("clerk").roles("SECRETARIAT"))
            .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body.replace("the date was a day off", "")))
        .andExpect(status().is4xxClientError())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(post("/api/v1/positions/texts/{id}/versions", id.value()).with(user("someone").roles("DELEGATION"))
            .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    assertThat(queries.textHistory(id)).hasSize(2);
  }

  @Test
  void theTextPageLinksToACorrectionFormWhoseVersionShowsInTheHistory() throws Exception {
    TextId id = text("ISL_CORR_PAGE", LocalDate.of(2032, 5, 10), Set.of());
    mvc.perform(get("/positions/texts/{id}", id.value()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/positions/texts/ISL_CORR_PAGE/corrections")));
    mvc.perform(get("/positions/texts/{id}/corrections", id.value()).with(user("clerk").roles("SECRETARIAT")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"text-correction\"")));

    mvc.perform(post("/positions/texts/{id}/corrections", id.value()).with(user("clerk").roles("SECRETARIAT"))
            .with(csrf()).param("title", "Corrected on the page").param("body", "G7").param("date", "2032-05-10")
            .param("claims", "NAMES_AGGRESSOR").param("reason", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"correction-error\"")));
    assertThat(queries.getText(id).version()).isEqualTo(1);

    mvc.perform(post("/positions/texts/{id}/corrections", id.value()).with(user("clerk").roles("SECRETARIAT"))
            .with(csrf()).param("title", "Corrected on the page").param("body", "G7").param("date", "2032-05-10")
            .param("claims", "NAMES_AGGRESSOR").param("reason", "names the aggressor after all"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/positions/texts/ISL_CORR_PAGE"));
    TextView corrected = queries.getText(id);
    assertThat(corrected.version()).isEqualTo(2);
    assertThat(corrected.claims()).containsExactly(Claim.NAMES_AGGRESSOR);
    assertThat(corrected.source()).isEqualTo(SOURCE);
    mvc.perform(get("/positions/texts/{id}", id.value()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("names the aggressor after all")))
        .andExpect(content().string(containsString("Corrected on the page")));
  }

  @Test
  void stancePointsFollowEveryWriteOfPositionsAndClaims() {
    assertThat(stancePointsDifferingFromTheirSource()).as("after the demo's imports").isZero();
    TextId both = text("ISL_POINTS_BOTH", LocalDate.of(2033, 1, 10),
        Set.of(Claim.NAMES_AGGRESSOR, Claim.of("DEMANDS_WITHDRAWAL")));
    TextId none = text("ISL_POINTS_NONE", LocalDate.of(2033, 2, 10), Set.of());
    PositionView signed = management.recordPosition(new NewPosition(ISL, both, PositionKind.SIGNATORY,
        LocalDate.of(2033, 1, 10), null, SOURCE, false, null));
    management.recordPosition(new NewPosition(ISL, none, PositionKind.DECLINED_TO_SIGN, LocalDate.of(2033, 2, 10),
        null, SOURCE, false, null));
    assertThat(pointsOn(both)).isEqualTo(2);
    assertThat(pointsOn(none)).isZero();

    management.correctPosition(signed.ref(), new PositionCorrection(PositionKind.DECLINED_TO_SIGN,
        LocalDate.of(2033, 1, 11), null, SOURCE, false, null, false, "declined after all"));
    assertThat(jdbc.sql("SELECT DISTINCT kind FROM positions.stance_point WHERE text_id = ?").param(both.value())
        .query(String.class).list()).containsExactly("DECLINED_TO_SIGN");
    management.correctText(copy(queries.getText(none), "Names the aggressor", Set.of(Claim.NAMES_AGGRESSOR)),
        "it names the aggressor");
    assertThat(pointsOn(none)).isEqualTo(1);
    management.correctPosition(signed.ref(), new PositionCorrection(PositionKind.DECLINED_TO_SIGN,
        LocalDate.of(2033, 1, 11), null, SOURCE, false, null, true, "withdrawn"));
    assertThat(pointsOn(both)).isZero();

    assertThat(stancePointsDifferingFromTheirSource()).isZero();
    assertThat(queries.timeline(ISL, Claim.NAMES_AGGRESSOR, LocalDate.of(2033, 12, 31)).points())
        .extracting(p -> p.position().text()).contains(none).doesNotContain(both);
  }

  private int pointsOn(TextId text) {
    return jdbc.sql("SELECT count(*) FROM positions.stance_point WHERE text_id = ?").param(text.value())
        .query(Integer.class).single();
  }

  /** Rows of the read model that its source tables do not give, plus rows they give that it lacks. */
  private int stancePointsDifferingFromTheirSource() {
    String derived = """
        SELECT p.state_code, c.claim, p.position_date, p.text_id, p.slot, p.version, p.kind, p.explanation,
          p.source_title, p.source_publisher, p.source_date, p.source_url, p.unconfirmed, p.note, p.reason,
          p.recorded_by, (extract(epoch FROM p.recorded_at) * 1000000)::bigint, t.version,
          (extract(epoch FROM t.recorded_at) * 1000000)::bigint
        FROM positions.text_claim c JOIN positions.text t ON t.id = c.text_id
        JOIN positions.position p ON p.text_id = c.text_id AND NOT p.superseded AND NOT p.retracted""";
    String stored = "SELECT * FROM positions.stance_point";
    return jdbc.sql("SELECT (SELECT count(*) FROM (" + stored + " EXCEPT " + derived + ") a)"
        + " + (SELECT count(*) FROM (" + derived + " EXCEPT " + stored + ") b)").query(Integer.class).single();
  }

  private static NewText copy(TextView t, String title, Set<Claim> claims) {
    return new NewText(t.id(), t.symbol(), t.kind(), t.body(), t.date(), title, t.fullText(), t.link(), claims,
        t.amends(), t.officialTally(), t.undlId(), t.source(), t.unconfirmed(), t.note());
  }

  @Test
  void aTextIsNeverDeletedNorRenamedSoEveryPositionKeepsItsText() {
    TextId id = text("ISL_CORR_KEPT", LocalDate.of(2032, 5, 10), Set.of());
    management.recordPosition(new NewPosition(ISL, id, PositionKind.SIGNATORY, LocalDate.of(2032, 5, 10), null,
        SOURCE, false, null));

    assertThatThrownBy(() -> jdbc.sql("DELETE FROM positions.text WHERE id = ?").param(id.value()).update())
        .hasMessageContaining("never deleted");
    assertThatThrownBy(() -> jdbc.sql("UPDATE positions.text SET id = ? WHERE id = ?")
            .params("ISL_CORR_RENAMED", id.value()).update())
        .hasMessageContaining("keeps its id");
    assertThat(queries.findText(id)).isPresent();
  }

  @Test
  void aBatchWithAPositionOnAnUnknownTextIsRefusedWholeAndWritesNothing() {
    TextId known = text("ISL_CORR_BATCH", LocalDate.of(2032, 6, 10), Set.of());
    TextId unknown = TextId.of("ISL_CORR_NO_SUCH_TEXT");
    TransactionTemplate tx = new TransactionTemplate(transactions);

    assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
      try (PositionBatch batch = PositionBatch.open(dataSource, "clerk")) {
        batch.add(new NewPosition(ISL, known, PositionKind.SIGNATORY, LocalDate.of(2032, 6, 10), null, SOURCE, false,
            null));
        batch.add(new NewPosition(ISL, unknown, PositionKind.SIGNATORY, LocalDate.of(2032, 6, 10), null, SOURCE,
            false, null));
        batch.merge(true, "test");
      }
    })).isInstanceOf(UnknownPositionEntityException.class).hasMessageContaining(unknown.value());

    assertThat(jdbc.sql("SELECT count(*) FROM positions.position WHERE text_id IN (?, ?)")
        .params(known.value(), unknown.value()).query(Integer.class).single()).isZero();
  }

  private TextId text(String key, LocalDate date, Set<Claim> claims) {
    TextId id = TextId.of(key);
    management.recordText(new NewText(id, null, TextKind.JOINT_STATEMENT, "G7", date, "Test statement " + key, null,
        null, new TreeSet<>(claims), null, null, null, SOURCE, false, null));
    return id;
  }

  private int entries(String type) {
    return jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_type = ?").param(type)
        .query(Integer.class).single();
  }
}

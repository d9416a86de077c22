package org.tribunal.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tribunal.shared.StateCode;
import org.tribunal.support.IntegrationTest;

/** The module over the real demo data loaded on first start through the importers. */
@IntegrationTest
class PositionsOnRealDataTests {

  static final StateCode USA = StateCode.of("USA");
  static final TextId ES_11_1 = TextId.fromSymbol("A/RES/ES-11/1");

  @Autowired PositionQueries queries;
  @Autowired ParticipationRules rules;
  @Autowired VoteImports imports;
  @Autowired JdbcClient jdbc;
  @Autowired org.tribunal.coalition.CoalitionQueries coalition;

  @Test
  void es11_1ImportsToTheOfficialTally() {
    Map<PositionKind, Long> votes = queries.positionsOn(ES_11_1, LocalDate.of(2022, 3, 2)).stream()
        .filter(p -> p.kind().slot() == PositionKind.Slot.VOTE)
        .collect(Collectors.groupingBy(PositionView::kind, Collectors.counting()));
    assertThat(votes).containsExactlyInAnyOrderEntriesOf(Map.of(
        PositionKind.VOTE_YES, 141L, PositionKind.VOTE_NO, 5L, PositionKind.VOTE_ABSTAIN, 35L,
        PositionKind.VOTE_NON_VOTING, 12L));
    assertThat(queries.getText(ES_11_1).officialTally()).isEqualTo(new Tally(141, 5, 35, 12));
  }

  @Test
  void unitedStatesShiftsOnNamingTheAggressorAndTheShiftCitesBothPositions() {
    StanceTimeline timeline = queries.timeline(USA, Claim.NAMES_AGGRESSOR, LocalDate.of(2025, 2, 24));
    assertThat(timeline.stanceOn(LocalDate.of(2023, 2, 23))).isEqualTo(Stance.SUPPORTS);
    assertThat(timeline.stanceOn(LocalDate.of(2025, 2, 24))).isEqualTo(Stance.OPPOSES);

    List<Shift> shifts = queries.shifts(new ShiftFilter(null, Claim.NAMES_AGGRESSOR, USA,
        LocalDate.of(2023, 2, 23), LocalDate.of(2025, 2, 24)));
    assertThat(shifts).hasSize(1);
    Shift shift = shifts.get(0);
    assertThat(shift.from()).isEqualTo(Stance.SUPPORTS);
    assertThat(shift.to()).isEqualTo(Stance.OPPOSES);
    assertThat(shift.before().position().kind()).isEqualTo(PositionKind.SIGNATORY);
    assertThat(shift.before().text().id()).isEqualTo(TextId.of("RJU_2024_04_02"));
    assertThat(shift.after().position().kind().stance()).isEqualTo(Stance.OPPOSES);
    assertThat(shift.after().date()).isBetween(LocalDate.of(2023, 2, 23), LocalDate.of(2025, 2, 24));
    assertThat(shift.after().position().state()).isEqualTo(USA);
  }

  @Test
  void ruleEvaluationExplainsWithTheDecidingPosition() {
    RuleEvaluation e = rules.evaluate("acknowledges-aggression", null, USA, LocalDate.of(2025, 3, 1));
    assertThat(e.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(e.deciding()).hasSize(1);
    ConsideredPosition deciding = e.deciding().get(0);
    assertThat(deciding.stance()).isEqualTo(Stance.OPPOSES);
    assertThat(deciding.position().date()).isEqualTo(LocalDate.of(2025, 2, 24));
    assertThat(e.explanation()).contains(deciding.position().kind().name()).contains(deciding.text().label());
    assertThat(e.notCounted()).anySatisfy(c -> assertThat(c.consideration()).isEqualTo(Consideration.UNCONFIRMED));
    assertThat(e.notCounted()).anySatisfy(
        c -> assertThat(c.consideration()).isEqualTo(Consideration.EARLIER_THAN_DECIDING));

    RuleEvaluation before = rules.evaluate("acknowledges-aggression", null, USA, LocalDate.of(2024, 6, 1));
    assertThat(before.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(before.deciding().get(0).text().id()).isEqualTo(TextId.of("RJU_2024_04_02"));
  }

  @Test
  void evaluatesEveryStateWithReasons() {
    List<RuleEvaluation> all = rules.evaluateAll("acknowledges-aggression", null, LocalDate.of(2025, 3, 1));
    // every state in the registry, once: the 195 seeded ones, plus any another test class registered
    assertThat(all).hasSizeGreaterThanOrEqualTo(195).hasSize(coalition.states().size());
    assertThat(all).extracting(RuleEvaluation::state).doesNotHaveDuplicates();
    assertThat(all).filteredOn(e -> e.state().equals(StateCode.of("RUS")))
        .singleElement().extracting(RuleEvaluation::verdict).isEqualTo(Verdict.NOT_SATISFIED);
  }

  @Test
  void namesImportWithAnUnknownNameFailsWholeAndChangesNothing() {
    long before = positionCount();
    String csv = "state,vote\nRussian Federation,N\nTürkiye,Y\nCôte d'Ivoire,Y\nRépublique française,Y\n"
        + "Україна,Y\nDemocratic People's Republic of Korea,N\nRussland,N\n";
    assertThatThrownBy(() -> imports.importFile(ImportFormat.NAMES, "names.csv",
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), TextId.fromSymbol("A/RES/ES-11/2"), false))
        .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
          assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("names.csv");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.field()).isEqualTo("state");
            assertThat(p.value()).isEqualTo("Russland");
            assertThat(p.suggestions()).isNotEmpty().first().asString().startsWith("RUS");
          });
        });
    assertThat(positionCount()).isEqualTo(before);

    ImportReport ok = imports.importFile(ImportFormat.NAMES, "names.csv",
        new ByteArrayInputStream(csv.replace("Russland,N\n", "").getBytes(StandardCharsets.UTF_8)),
        TextId.fromSymbol("A/RES/ES-11/2"), true);
    assertThat(ok.positionsCreated()).isEqualTo(6);
    assertThat(ok.preview()).extracting(p -> p.state().value())
        .containsExactly("RUS", "TUR", "CIV", "FRA", "UKR", "PRK");
    assertThat(positionCount()).as("dry run writes nothing").isEqualTo(before);
  }

  @Test
  void reimportingTheSameFileChangesNothing() throws Exception {
    long before = positionCount();
    try (var in = new ClassPathResource("seed/positions/undl-es-11-1.csv").getInputStream()) {
      ImportReport again = imports.importFile(ImportFormat.UNDL, "undl-es-11-1.csv", in, null, false);
      assertThat(again.positionsCreated()).isZero();
      assertThat(again.positionsUnchanged()).isEqualTo(193);
      assertThat(again.textsCreated()).isZero();
    }
    assertThat(positionCount()).isEqualTo(before);
  }

  @Test
  void reimportingAChangedFileRecordsTheNextVersionOfTheChangedPositionsOnly() {
    TextId text = TextId.of("REIMPORT_CHANGED_VOTES");
    imports.importFile(ImportFormat.TEXTS, "texts.csv", new ByteArrayInputStream(
        ("id,kind,body,date,title\n" + text.value() + ",RESOLUTION,UNGA,2031-03-01,Votes imported twice\n")
            .getBytes(StandardCharsets.UTF_8)), null, false);
    ImportReport first = imports.importFile(ImportFormat.NAMES, "votes-1.csv", new ByteArrayInputStream(
        "state,vote\nIceland,Y\nNorway,Y\nDenmark,A\n".getBytes(StandardCharsets.UTF_8)), text, false);
    assertThat(first.positionsCreated()).isEqualTo(3);

    ImportReport second = imports.importFile(ImportFormat.NAMES, "votes-2.csv", new ByteArrayInputStream(
        "state,vote\nIceland,Y\nNorway,N\nDenmark,A\nFinland,Y\n".getBytes(StandardCharsets.UTF_8)), text, false);

    assertThat(second.positionsCreated()).isEqualTo(2);
    assertThat(second.positionsUnchanged()).isEqualTo(2);
    assertThat(jdbc.sql("""
            SELECT record_id || ' v' || version FROM record.entry_ref
            WHERE record_type = 'positions.position' AND record_id LIKE :p ORDER BY record_id, version""")
        .param("p", text.value() + "~%").query(String.class).list())
        .containsExactly(text.value() + "~DNK~VOTE v1", text.value() + "~FIN~VOTE v1", text.value() + "~ISL~VOTE v1",
            text.value() + "~NOR~VOTE v1", text.value() + "~NOR~VOTE v2");
    assertThat(jdbc.sql("""
            SELECT state_code || ' ' || kind || ' v' || version || ' ' || coalesce(reason, '-') FROM positions.position
            WHERE text_id = :t AND NOT superseded ORDER BY state_code""")
        .param("t", text.value()).query(String.class).list())
        .containsExactly("DNK VOTE_ABSTAIN v1 -", "FIN VOTE_YES v1 -", "ISL VOTE_YES v1 -",
            "NOR VOTE_NO v2 import of votes-2.csv");
  }

  @Test
  void undlImportWithAWrongTallyIsRejected() {
    String csv = "resolution,date,title,total_yes,total_no,total_abstentions,total_non_voting,ms_code,ms_name,ms_vote\n"
        + "A/RES/99/1,2024-01-01,Test,2,0,0,0,FRA,France,Y\n"
        + "A/RES/99/1,2024-01-01,Test,2,0,0,0,DEU,Germany,N\n";
    assertThatThrownBy(() -> imports.importFile(ImportFormat.UNDL, "bad.csv",
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null, false))
        .isInstanceOfSatisfying(ImportRejectedException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("does not add up");
            }));
    assertThat(queries.findText(TextId.fromSymbol("A/RES/99/1"))).as("rolled back").isEmpty();
  }

  long positionCount() {
    return jdbc.sql("SELECT count(*) FROM positions.position").query(Long.class).single();
  }
}

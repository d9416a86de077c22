package org.tribunal.coalition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tribunal.record.RecordQueries;
import org.tribunal.record.RecordVersion;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;
import org.tribunal.support.IntegrationTest;

/** Every committed coalition change appends exactly one entry to the public record; a refused change appends none. */
@IntegrationTest
class CoalitionPublicRecordIntegrationTests {

  private static final SourceRef SOURCE = SourceRef.ofUrl("https://example.org/record-test");

  @Autowired MembershipManagement memberships;
  @Autowired InstrumentManagement instruments;
  @Autowired RecordQueries record;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  private List<Integer> versions(String type, String id) {
    return record.history(type, id).stream().map(RecordVersion::version).toList();
  }

  private long entries(String type) {
    return jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_type = ?").param(type).query(Long.class)
        .single();
  }

  private static LocalDate day(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void seedReachesTheLogSoAFreshStartHasACheckpoint() {
    assertThat(versions("coalition.state", "UKR")).containsExactly(1);
    assertThat(versions("coalition.body", "CORE_GROUP")).containsExactly(1);
    assertThat(versions("coalition.instrument", "AGR_UKR_COE_ST")).containsExactly(1);
    assertThat(versions("coalition.seed-load", "states-v1")).containsExactly(1);
    assertThat(versions("coalition.seed-load", "demo-v1")).containsExactly(1);
    assertThat(entries("coalition.state")).isEqualTo(
        jdbc.sql("SELECT count(*) FROM coalition.state").query(Long.class).single());
    assertThat(entries("coalition.membership")).isEqualTo(
        jdbc.sql("SELECT count(*) FROM coalition.membership_version").query(Long.class).single());

    HttpClient http = HttpClient.newHttpClient();
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      HttpResponse<String> checkpoint = http.send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + port + "/log/checkpoint")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(checkpoint.statusCode()).isEqualTo(200);
      long size = Long.parseLong(checkpoint.body().split("\n")[1]);
      assertThat(size).isGreaterThanOrEqualTo(195);
    });
  }

  @Test
  void registeringAStateAndABodyAppendsOneEntryEach() {
    memberships.registerState(new NewState(StateCode.of("XTS"), "Testland", "Testlande", "Тестленд", UnStatus.NONE,
        SOURCE, "tester"));
    memberships.registerBody(new NewBody(BodyId.of("TEST_RECORD_BODY"), "Test body", BodyKind.TEAM, "a test team",
        null, null, SOURCE, "tester"));

    assertThat(versions("coalition.state", "XTS")).containsExactly(1);
    assertThat(versions("coalition.body", "TEST_RECORD_BODY")).containsExactly(1);
  }

  @Test
  void recordingAndCorrectingAMembershipAppendsOneEntryPerVersion() {
    var recorded = memberships.record(new NewMembership(Party.state(StateCode.of("ISL")), BodyId.of("EPA_TRIBUNAL"),
        new MembershipPeriod(day("2025-09-01"), null), MembershipStatus.PARTICIPANT, null, null, false, SOURCE,
        "tester"));
    assertThat(versions("coalition.membership", recorded.id().toString())).containsExactly(1);

    memberships.correct(recorded.id(), new MembershipCorrection(new MembershipPeriod(day("2025-09-02"), null),
        MembershipStatus.PARTICIPANT, null, null, false, SOURCE, "date of notification", "reviewer", false));
    assertThat(versions("coalition.membership", recorded.id().toString())).containsExactly(1, 2);
  }

  @Test
  void aRefusedMembershipAppendsNothing() {
    long before = entries("coalition.membership");

    assertThatThrownBy(() -> memberships.record(new NewMembership(Party.state(StateCode.of("FRA")), BodyId.of("COE"),
        new MembershipPeriod(day("2000-01-01"), null), MembershipStatus.MEMBER, null, null, false, SOURCE, "tester")))
        .isInstanceOf(MembershipOverlapException.class);
    assertThat(entries("coalition.membership")).isEqualTo(before);
  }

  @Test
  void registeringAndCorrectingAnInstrumentAndItsActionsAppendsOneEntryPerVersion() {
    var id = InstrumentId.of("TEST_RECORD_CONVENTION");
    instruments.register(new NewInstrument(id, "Test convention", InstrumentKind.CONVENTION, day("2026-01-01"), null,
        false, new EntryIntoForceRule.AfterConsents(2, 0, false), false, null, null, null, SOURCE, "tester"));
    var accession = instruments.record(new NewInstrumentAction(id, Party.state(StateCode.of("NOR")),
        ParticipationAct.ACCESSION, day("2026-02-01"), null, false, SOURCE, "tester"));
    instruments.correct(accession.id(), new InstrumentActionCorrection(ParticipationAct.ACCESSION,
        day("2026-02-03"), null, false, SOURCE, "deposit date", "reviewer", false));
    instruments.correct(id, new InstrumentCorrection("Test convention (corrected title)", InstrumentKind.CONVENTION,
        day("2026-01-01"), null, false, new EntryIntoForceRule.AfterConsents(3, 0, false), false, null, null, null,
        SOURCE, "three consents, not two", "reviewer"));

    assertThat(versions("coalition.instrument", id.value())).containsExactly(1, 2);
    assertThat(versions("coalition.instrument-action", accession.id().toString())).containsExactly(1, 2);
  }

  @Test
  void aCorrectionThatMakesRecordedActionsIllegalIsRefusedAndAppendsNothing() {
    var id = InstrumentId.of("TEST_RECORD_ACCESSION_ONLY");
    instruments.register(new NewInstrument(id, "Test convention open to accession", InstrumentKind.CONVENTION, null,
        null, false, new EntryIntoForceRule.Textual("unknown"), true, null, null, null, SOURCE, "tester"));
    instruments.record(new NewInstrumentAction(id, Party.state(StateCode.of("DNK")), ParticipationAct.RATIFICATION,
        day("2026-03-01"), null, false, SOURCE, "tester"));

    assertThatThrownBy(() -> instruments.correct(id, new InstrumentCorrection("Test convention open to accession",
        InstrumentKind.CONVENTION, null, null, true, new EntryIntoForceRule.Textual("unknown"), true, null, null, null,
        SOURCE, "signature is required after all", "reviewer")))
        .isInstanceOf(IllegalActionSequenceException.class).hasMessageContaining("before signing");
    assertThat(versions("coalition.instrument", id.value())).containsExactly(1);
  }
}

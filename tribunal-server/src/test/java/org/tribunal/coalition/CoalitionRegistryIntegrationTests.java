package org.tribunal.coalition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tribunal.support.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class CoalitionRegistryIntegrationTests {

  @Autowired ApplicationEvents events;

  private static final SourceRef SOURCE = SourceRef.ofUrl("https://example.org/test");

  @Autowired CoalitionQueries queries;
  @Autowired MembershipManagement memberships;
  @Autowired InstrumentManagement instruments;
  @Autowired JdbcClient jdbc;

  private static Party state(String code) {
    return Party.state(StateCode.of(code));
  }

  private static LocalDate day(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void seedLoadsAllUnMembersAndBothObserversWithThreeNames() {
    assertThat(queries.states()).hasSize(195);
    assertThat(queries.states()).filteredOn(s -> s.unStatus() == UnStatus.OBSERVER)
        .extracting(s -> s.code().value()).containsExactlyInAnyOrder("VAT", "PSE");
    StateView ukraine = queries.getState(StateCode.of("UKR"));
    assertThat(ukraine.nameEn()).isEqualTo("Ukraine");
    assertThat(ukraine.nameFr()).isEqualTo("Ukraine");
    assertThat(ukraine.nameUk()).isEqualTo("Україна");
  }

  @Test
  void seedIsRecordedOnceSoARestartDoesNotLoadItAgain() {
    assertThat(jdbc.sql("SELECT name FROM coalition.seed_load ORDER BY name").query(String.class).list())
        .containsExactly("demo-v1", "states-v1");
  }

  @Test
  void membersOfABodyFollowTheDates() {
    BodyId coe = BodyId.of("COE");

    assertThat(queries.isMember(state("RUS"), coe, day("2021-01-01"))).isTrue();
    assertThat(queries.membersOf(coe, day("2022-03-01"))).filteredOn(m -> m.party().equals(state("RUS")))
        .extracting(MembershipView::status).containsExactly(MembershipStatus.SUSPENDED);
    assertThat(queries.isMember(state("RUS"), coe, day("2022-03-16"))).isFalse();
    assertThat(queries.membersOf(coe, day("2025-01-01"))).hasSize(46);
    assertThat(queries.membersOf(BodyId.of("EU"), day("2020-01-31"))).extracting(MembershipView::party)
        .contains(state("GBR"));
    assertThat(queries.membersOf(BodyId.of("EU"), day("2020-02-01"))).extracting(MembershipView::party)
        .doesNotContain(state("GBR")).hasSize(27);
  }

  @Test
  void unknownStartCountsAsSinceBeforeRecordsAndStaysUnconfirmedWhereTheSourceSaysSo() {
    var g7 = queries.membersOf(BodyId.of("G7"), day("2000-01-01"));
    assertThat(g7).extracting(m -> m.party().code()).contains("CAN", "USA", "JPN", "EU");
    assertThat(g7).allSatisfy(m -> assertThat(m.period().startKnown()).isFalse());
    assertThat(queries.membersOf(BodyId.of("CORE_GROUP"), day("2024-01-01")))
        .filteredOn(m -> m.party().equals(state("BEL"))).singleElement()
        .satisfies(m -> assertThat(m.unconfirmed()).isTrue());
  }

  @Test
  void rejectsAnOverlappingMembershipNamingBothPeriodsAndStoresNothing() {
    long before = count();
    var overlapping = new NewMembership(state("FRA"), BodyId.of("COE"),
        new MembershipPeriod(day("2000-01-01"), null), MembershipStatus.MEMBER, null, null, false, SOURCE, "test");

    assertThatThrownBy(() -> memberships.record(overlapping)).isInstanceOf(MembershipOverlapException.class)
        .hasMessageContaining("[2000-01-01, open)").hasMessageContaining("[1949-05-05, open)");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void correctionKeepsTheEarlierVersionReadable() {
    var recorded = memberships.record(new NewMembership(state("CRI"), BodyId.of("RJU_CONFERENCE"),
        new MembershipPeriod(day("2024-04-02"), day("2024-04-03")), MembershipStatus.PARTICIPANT, null, null, true,
        SOURCE, "tester"));
    var corrected = memberships.correct(recorded.id(), new MembershipCorrection(
        new MembershipPeriod(day("2024-04-02"), day("2024-04-03")), MembershipStatus.OBSERVER, null, "attended only",
        false, SOURCE, "confirmed by the conference list", "reviewer", false));

    assertThat(corrected.version()).isEqualTo(2);
    assertThat(queries.membershipHistory(recorded.id())).extracting(MembershipView::version,
        MembershipView::status, MembershipView::reason, MembershipView::recordedBy).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, MembershipStatus.PARTICIPANT, null, "tester"),
        org.assertj.core.groups.Tuple.tuple(2, MembershipStatus.OBSERVER, "confirmed by the conference list",
            "reviewer"));
    assertThat(queries.membersOf(BodyId.of("RJU_CONFERENCE"), day("2024-04-02"))).extracting(MembershipView::status)
        .containsExactly(MembershipStatus.OBSERVER);
  }

  @Test
  void ukraineRatifiedTheAgreementAndTheClaimsConventionIsNotYetInForce() {
    InstrumentChart agreement = queries.chart(InstrumentId.of("AGR_UKR_COE_ST"), day("2025-08-01"));
    assertThat(agreement.rows()).filteredOn(r -> r.party().equals(state("UKR"))).singleElement()
        .satisfies(r -> {
          assertThat(r.signedOn()).isEqualTo(day("2025-06-25"));
          assertThat(r.consentedOn()).isEqualTo(day("2025-07-15"));
        });
    assertThat(agreement.standing().status()).isEqualTo(InstrumentStanding.Status.UNDETERMINED);
    assertThat(queries.chart(InstrumentId.of("AGR_UKR_COE_ST"), day("2025-07-01")).rows())
        .filteredOn(r -> r.party().equals(state("UKR"))).singleElement()
        .satisfies(r -> assertThat(r.standing()).isEqualTo(ChartRow.Standing.SIGNATORY));

    InstrumentStanding convention = queries.standing(InstrumentId.of("CONV_ICC_UKR"), day("2025-12-20"));
    assertThat(convention.status()).isEqualTo(InstrumentStanding.Status.NOT_YET_IN_FORCE);
    assertThat(convention.signatories()).isEqualTo(36);
  }

  @Test
  void rejectsWithdrawalBeforeBeingAPartyAndStoresNothing() {
    long before = jdbc.sql("SELECT count(*) FROM coalition.instrument_action_version").query(Long.class).single();

    assertThatThrownBy(() -> instruments.record(new NewInstrumentAction(InstrumentId.of("CONV_ICC_UKR"),
        state("FRA"), ParticipationAct.WITHDRAWAL, day("2026-01-10"), null, false, SOURCE, "test")))
        .isInstanceOf(IllegalActionSequenceException.class).hasMessageContaining("before being a party");
    assertThat(jdbc.sql("SELECT count(*) FROM coalition.instrument_action_version").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void publishesRecordedActionsAndTheEntryIntoForceOnceTheThresholdIsReached() {
    var id = InstrumentId.of("TEST_TWO_CONSENTS");
    instruments.register(new NewInstrument(id, "Test convention needing two consents", InstrumentKind.CONVENTION,
        day("2026-01-01"), null, true, new EntryIntoForceRule.AfterConsents(2, 3, true), false, null, null, null,
        SOURCE, "test"));
    for (String code : new String[] {"EST", "LVA"}) {
      instruments.record(new NewInstrumentAction(id, state(code), ParticipationAct.SIGNATURE, day("2026-01-05"), null,
          false, SOURCE, "test"));
    }
    instruments.record(new NewInstrumentAction(id, state("EST"), ParticipationAct.RATIFICATION, day("2026-02-10"),
        null, false, SOURCE, "test"));
    assertThat(events.stream(InstrumentEntryIntoForceFixed.class)).isEmpty();

    instruments.record(new NewInstrumentAction(id, state("LVA"), ParticipationAct.RATIFICATION, day("2026-03-20"),
        null, false, SOURCE, "test"));

    assertThat(events.stream(InstrumentActionRecorded.class).filter(e -> e.instrument().equals(id))).hasSize(4);
    assertThat(events.stream(InstrumentEntryIntoForceFixed.class))
        .containsExactly(new InstrumentEntryIntoForceFixed(id, day("2026-07-01")));
    assertThat(queries.standing(id, day("2026-07-01")).status()).isEqualTo(InstrumentStanding.Status.IN_FORCE);
    assertThat(queries.standing(id, day("2026-06-30")).status())
        .isEqualTo(InstrumentStanding.Status.NOT_YET_IN_FORCE);
  }

  @Test
  void publishesEachMembershipVersion() {
    var recorded = memberships.record(new NewMembership(state("MDA"), BodyId.of("RJU_CONFERENCE"),
        new MembershipPeriod(day("2024-04-02"), day("2024-04-03")), MembershipStatus.PARTICIPANT, null, null, false,
        SOURCE, "tester"));
    memberships.correct(recorded.id(), new MembershipCorrection(recorded.period(), MembershipStatus.PARTICIPANT, null,
        null, false, SOURCE, "wrong conference", "reviewer", true));

    assertThat(events.stream(MembershipRecorded.class).filter(e -> e.id().equals(recorded.id())))
        .extracting(MembershipRecorded::version, MembershipRecorded::retracted, MembershipRecorded::isCorrection)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false, false),
            org.assertj.core.groups.Tuple.tuple(2, true, true));
    assertThat(queries.isMember(state("MDA"), BodyId.of("RJU_CONFERENCE"), day("2024-04-02"))).isFalse();
  }

  private long count() {
    return jdbc.sql("SELECT count(*) FROM coalition.membership_version").query(Long.class).single();
  }
}

package org.tribunal.coalition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribunal.coalition.ChartRow;
import org.tribunal.coalition.EntryIntoForceRule;
import org.tribunal.coalition.InstrumentActionId;
import org.tribunal.coalition.InstrumentActionView;
import org.tribunal.coalition.InstrumentChart;
import org.tribunal.coalition.InstrumentId;
import org.tribunal.coalition.InstrumentKind;
import org.tribunal.coalition.InstrumentStanding;
import org.tribunal.coalition.InstrumentView;
import org.tribunal.coalition.ParticipationAct;
import org.tribunal.coalition.Party;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

class ChartsTests {

  private static final InstrumentId ID = InstrumentId.of("TEST_CONVENTION");
  private static final InstrumentView CONVENTION = new InstrumentView(ID, 1, "Test convention", InstrumentKind.CONVENTION,
      LocalDate.parse("2025-01-01"), null, true, new EntryIntoForceRule.AfterConsents(2, 3, true), false, null, null,
      null, SourceRef.ofUrl("https://example.org"), null, "test", Instant.EPOCH);

  private static InstrumentActionView act(String state, ParticipationAct act, String on) {
    return new InstrumentActionView(InstrumentActionId.random(), 1, ID, Party.state(StateCode.of(state)), act,
        LocalDate.parse(on), "note " + state, state.equals("CCC"), SourceRef.ofUrl("https://example.org"), null,
        "test", Instant.EPOCH, false);
  }

  private static final List<InstrumentActionView> ACTIONS = List.of(
      act("AAA", ParticipationAct.SIGNATURE, "2025-01-10"), act("AAA", ParticipationAct.RATIFICATION, "2025-02-10"),
      act("BBB", ParticipationAct.SIGNATURE, "2025-01-10"), act("BBB", ParticipationAct.RATIFICATION, "2025-03-15"),
      act("CCC", ParticipationAct.SIGNATURE, "2025-01-10"), act("CCC", ParticipationAct.RATIFICATION, "2025-09-02"),
      act("DDD", ParticipationAct.SIGNATURE, "2025-01-10"));

  private static ChartRow row(InstrumentChart chart, String state) {
    return chart.rows().stream().filter(r -> r.party().code().equals(state)).findFirst().orElseThrow();
  }

  @Test
  void instrumentEntersIntoForceAfterTheSecondConsentAndLaterPartiesOnTheirOwnDate() {
    InstrumentChart chart = Charts.chart(CONVENTION, ACTIONS, LocalDate.parse("2026-01-01"));

    assertThat(chart.standing().status()).isEqualTo(InstrumentStanding.Status.IN_FORCE);
    assertThat(chart.standing().inForceFrom()).isEqualTo(LocalDate.parse("2025-07-01"));
    assertThat(row(chart, "AAA").inForceFrom()).isEqualTo(LocalDate.parse("2025-07-01"));
    assertThat(row(chart, "CCC").inForceFrom()).isEqualTo(LocalDate.parse("2026-01-01"));
    assertThat(row(chart, "CCC").standing()).isEqualTo(ChartRow.Standing.PARTY);
    assertThat(row(chart, "CCC").unconfirmed()).isTrue();
    assertThat(row(chart, "DDD").standing()).isEqualTo(ChartRow.Standing.SIGNATORY);
    assertThat(chart.standing().parties()).isEqualTo(3);
    assertThat(chart.standing().signatories()).isEqualTo(1);
  }

  @Test
  void beforeEntryIntoForceConsentedStatesAreContractingAndTheDateIsAlreadyKnown() {
    InstrumentChart chart = Charts.chart(CONVENTION, ACTIONS, LocalDate.parse("2025-04-01"));

    assertThat(chart.standing().status()).isEqualTo(InstrumentStanding.Status.NOT_YET_IN_FORCE);
    assertThat(chart.standing().inForceFrom()).isEqualTo(LocalDate.parse("2025-07-01"));
    assertThat(row(chart, "AAA").standing()).isEqualTo(ChartRow.Standing.CONTRACTING);
    assertThat(row(chart, "CCC").standing()).isEqualTo(ChartRow.Standing.SIGNATORY);
    assertThat(row(chart, "CCC").consentedOn()).isNull();
  }

  @Test
  void ignoresActionsAfterTheDateAskedAbout() {
    InstrumentChart chart = Charts.chart(CONVENTION, ACTIONS, LocalDate.parse("2025-01-09"));

    assertThat(chart.rows()).isEmpty();
    assertThat(chart.standing().inForceFrom()).isNull();
  }
}

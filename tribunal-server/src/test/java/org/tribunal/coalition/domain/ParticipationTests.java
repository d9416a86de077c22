package org.tribunal.coalition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tribunal.coalition.ParticipationAct.ACCESSION;
import static org.tribunal.coalition.ParticipationAct.DECLARATION;
import static org.tribunal.coalition.ParticipationAct.RATIFICATION;
import static org.tribunal.coalition.ParticipationAct.RESERVATION;
import static org.tribunal.coalition.ParticipationAct.SIGNATURE;
import static org.tribunal.coalition.ParticipationAct.WITHDRAWAL;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribunal.coalition.IllegalActionSequenceException;
import org.tribunal.coalition.ParticipationAct;
import org.tribunal.coalition.ParticipationStatus;
import org.tribunal.coalition.Party;
import org.tribunal.shared.StateCode;

class ParticipationTests {

  private static final Party UKR = Party.state(StateCode.of("UKR"));

  private static Participation.Act act(ParticipationAct act, String on) {
    return new Participation.Act(act, LocalDate.parse(on), false);
  }

  @Test
  void signatureThenRatificationMakesAContractingParty() {
    var p = Participation.replay(UKR, true, List.of(act(SIGNATURE, "2025-06-25"), act(RATIFICATION, "2025-07-15")));

    assertThat(p.status()).isEqualTo(ParticipationStatus.CONSENTED);
    assertThat(p.signedOn()).isEqualTo(LocalDate.parse("2025-06-25"));
    assertThat(p.consentedOn()).isEqualTo(LocalDate.parse("2025-07-15"));
  }

  @Test
  void replaysInDateOrderWhateverTheRecordingOrder() {
    var p = Participation.replay(UKR, true, List.of(act(RATIFICATION, "2025-07-15"), act(SIGNATURE, "2025-06-25")));

    assertThat(p.status()).isEqualTo(ParticipationStatus.CONSENTED);
  }

  @Test
  void rejectsRatificationBeforeSignatureWhereSignatureIsRequired() {
    assertThatThrownBy(() -> Participation.replay(UKR, true,
        List.of(act(SIGNATURE, "2025-07-20"), act(RATIFICATION, "2025-07-15"))))
        .isInstanceOf(IllegalActionSequenceException.class)
        .hasMessageContaining("before signing");
  }

  @Test
  void allowsRatificationWithoutSignatureWhereNotRequired() {
    var p = Participation.replay(UKR, false, List.of(act(RATIFICATION, "2025-07-15")));

    assertThat(p.status()).isEqualTo(ParticipationStatus.CONSENTED);
  }

  @Test
  void rejectsWithdrawalBeforeBeingAParty() {
    assertThatThrownBy(() -> Participation.replay(UKR, true,
        List.of(act(SIGNATURE, "2025-06-25"), act(WITHDRAWAL, "2025-08-01"))))
        .isInstanceOf(IllegalActionSequenceException.class)
        .hasMessageContaining("before being a party");
  }

  @Test
  void rejectsTwoWithdrawals() {
    assertThatThrownBy(() -> Participation.replay(UKR, false,
        List.of(act(ACCESSION, "2020-01-01"), act(WITHDRAWAL, "2021-01-01"), act(WITHDRAWAL, "2022-01-01"))))
        .isInstanceOf(IllegalActionSequenceException.class)
        .hasMessageContaining("already withdrew on 2021-01-01");
  }

  @Test
  void rejectsAnyActionAfterWithdrawal() {
    assertThatThrownBy(() -> Participation.replay(UKR, false,
        List.of(act(ACCESSION, "2020-01-01"), act(WITHDRAWAL, "2021-01-01"), act(DECLARATION, "2022-01-01"))))
        .isInstanceOf(IllegalActionSequenceException.class)
        .hasMessageContaining("withdrew on 2021-01-01");
  }

  @Test
  void rejectsAccessionBySignatory() {
    assertThatThrownBy(() -> Participation.replay(UKR, true,
        List.of(act(SIGNATURE, "2025-06-25"), act(ACCESSION, "2025-07-01"))))
        .isInstanceOf(IllegalActionSequenceException.class)
        .hasMessageContaining("not by accession");
  }

  @Test
  void rejectsReservationBeforeSigningAndCountsThemAfter() {
    assertThatThrownBy(() -> Participation.replay(UKR, true, List.of(act(RESERVATION, "2025-06-25"))))
        .isInstanceOf(IllegalActionSequenceException.class);

    var p = Participation.replay(UKR, true, List.of(act(SIGNATURE, "2025-06-25"), act(RESERVATION, "2025-06-25"),
        act(DECLARATION, "2025-06-26")));
    assertThat(p.reservations()).isEqualTo(1);
    assertThat(p.declarations()).isEqualTo(1);
  }

  @Test
  void theExceptionNamesTheActAndTheStatus() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalActionSequenceException.class,
        () -> Participation.replay(UKR, true, List.of(act(RATIFICATION, "2025-07-15"))));

    assertThat(e.extensions()).containsEntry("field", "act").containsEntry("act", "RATIFICATION")
        .containsEntry("status", "NONE").containsEntry("party", "UKR");
  }
}

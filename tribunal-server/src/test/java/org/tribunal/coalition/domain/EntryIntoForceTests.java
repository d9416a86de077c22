package org.tribunal.coalition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tribunal.coalition.EntryIntoForceRule.AfterConsents;
import org.tribunal.coalition.EntryIntoForceRule.OnDate;
import org.tribunal.coalition.EntryIntoForceRule.OnSignature;
import org.tribunal.coalition.EntryIntoForceRule.Textual;
import org.tribunal.coalition.domain.EntryIntoForce.Consent;

class EntryIntoForceTests {

  private static final AfterConsents COE_STYLE = new AfterConsents(3, 3, true);

  private static Consent consent(String on) {
    return new Consent(LocalDate.parse(on), null);
  }

  @Test
  void entersIntoForceOnFirstDayOfMonthAfterThreeMonthsFromTheThirdConsent() {
    var consents = List.of(consent("2025-01-10"), consent("2025-03-05"), consent("2025-07-15"));

    assertThat(EntryIntoForce.ofInstrument(COE_STYLE, consents)).contains(LocalDate.parse("2025-11-01"));
  }

  @Test
  void consentOnLastDayOfMonthStillMovesToTheFollowingMonth() {
    assertThat(COE_STYLE.shift(LocalDate.parse("2025-06-30"))).isEqualTo(LocalDate.parse("2025-10-01"));
    assertThat(COE_STYLE.shift(LocalDate.parse("2025-07-01"))).isEqualTo(LocalDate.parse("2025-11-01"));
  }

  @Test
  void isNotInForceWhileConsentsAreTooFew() {
    assertThat(EntryIntoForce.ofInstrument(COE_STYLE, List.of(consent("2025-01-10"), consent("2025-02-10"))))
        .isEmpty();
  }

  @Test
  void aWithdrawalBeforeTheThresholdTakesItsConsentAway() {
    var consents = List.of(new Consent(LocalDate.parse("2025-01-10"), LocalDate.parse("2025-02-01")),
        consent("2025-03-01"), consent("2025-04-01"), consent("2025-05-20"));

    assertThat(EntryIntoForce.ofInstrument(COE_STYLE, consents)).contains(LocalDate.parse("2025-09-01"));
  }

  @Test
  void laterConsentsEnterIntoForceOnTheirOwnShift() {
    Optional<LocalDate> general = Optional.of(LocalDate.parse("2025-11-01"));

    assertThat(EntryIntoForce.forParty(COE_STYLE, general, LocalDate.parse("2025-01-10"))).isEqualTo(general);
    assertThat(EntryIntoForce.forParty(COE_STYLE, general, LocalDate.parse("2025-12-02")))
        .contains(LocalDate.parse("2026-04-01"));
    assertThat(EntryIntoForce.forParty(COE_STYLE, Optional.empty(), LocalDate.parse("2025-12-02"))).isEmpty();
  }

  @Test
  void bilateralAgreementInForceOnSecondSignature() {
    var rule = new OnSignature(2);

    assertThat(EntryIntoForce.ofInstrument(rule, List.of(consent("2025-06-25")))).isEmpty();
    assertThat(EntryIntoForce.ofInstrument(rule, List.of(consent("2025-06-25"), consent("2025-06-26"))))
        .contains(LocalDate.parse("2025-06-26"));
  }

  @Test
  void fixedDateAndTextualRules() {
    assertThat(EntryIntoForce.ofInstrument(new OnDate(LocalDate.parse("2024-01-01")), List.of()))
        .contains(LocalDate.parse("2024-01-01"));
    assertThat(EntryIntoForce.ofInstrument(new Textual("after internal procedures"),
        List.of(consent("2025-07-15")))).isEmpty();
  }

  @Test
  void immediateRuleWithoutMonthsUsesTheConsentDay() {
    var rule = new AfterConsents(1, 0, false);

    assertThat(EntryIntoForce.ofInstrument(rule, List.of(consent("2025-07-15"))))
        .contains(LocalDate.parse("2025-07-15"));
  }
}

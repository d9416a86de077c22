package org.tribunal.coalition.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tribunal.coalition.EntryIntoForceRule;
import org.tribunal.coalition.EntryIntoForceRule.AfterConsents;
import org.tribunal.coalition.EntryIntoForceRule.OnDate;
import org.tribunal.coalition.EntryIntoForceRule.OnSignature;

/**
 * Computes when an instrument enters into force, in general and for one party, from its {@link EntryIntoForceRule}
 * and the consents given so far. Pure: no clock, no storage; the caller passes only the consents and withdrawals
 * dated on or before the day it asks about.
 */
public final class EntryIntoForce {

  /**
   * A party's consent to be bound, and its withdrawal if any.
   *
   * @param consentedOn when the consent was given (for instruments in force on signature: the signature)
   * @param withdrawnOn when the party withdrew, or {@code null}
   */
  public record Consent(LocalDate consentedOn, @Nullable LocalDate withdrawnOn) {}

  private EntryIntoForce() {}

  /**
   * Returns the date the instrument enters (or entered) into force, or empty when the consents so far are not enough
   * or the rule is {@link EntryIntoForceRule.Textual}. A withdrawal before the threshold is reached takes that consent away.
   */
  public static Optional<LocalDate> ofInstrument(EntryIntoForceRule rule, List<Consent> consents) {
    if (rule instanceof OnDate d) {
      return Optional.of(d.date());
    }
    if (rule instanceof OnSignature s) {
      return thresholdReachedOn(s.signatures(), consents);
    }
    if (rule instanceof AfterConsents a) {
      return thresholdReachedOn(a.consents(), consents).map(a::shift);
    }
    return Optional.empty();
  }

  /**
   * Returns the date the instrument enters into force for a party that consented on {@code consentedOn}, given the
   * instrument's own date (empty if it is not in force); empty when the instrument is not in force.
   */
  public static Optional<LocalDate> forParty(EntryIntoForceRule rule, Optional<LocalDate> instrumentInForce,
      LocalDate consentedOn) {
    if (instrumentInForce.isEmpty()) {
      return Optional.empty();
    }
    LocalDate general = instrumentInForce.get();
    LocalDate own = rule instanceof AfterConsents a ? a.shift(consentedOn) : consentedOn;
    return Optional.of(own.isAfter(general) ? own : general);
  }

  private static Optional<LocalDate> thresholdReachedOn(int needed, List<Consent> consents) {
    record Step(LocalDate on, int delta) {}
    var steps = new ArrayList<Step>();
    for (Consent c : consents) {
      steps.add(new Step(c.consentedOn(), 1));
      if (c.withdrawnOn() != null) {
        steps.add(new Step(c.withdrawnOn(), -1));
      }
    }
    // Withdrawals on a day count before consents on that day: a withdrawal takes effect when notified.
    steps.sort(Comparator.comparing(Step::on).thenComparingInt(Step::delta));
    int active = 0;
    for (Step step : steps) {
      active += step.delta();
      if (active >= needed) {
        return Optional.of(step.on());
      }
    }
    return Optional.empty();
  }
}

package org.tribunal.coalition;

import java.time.LocalDate;

/**
 * An instrument's entry-into-force clause, stored as data so the date can be computed as of any day (see
 * {@code domain.EntryIntoForce}).
 */
public sealed interface EntryIntoForceRule {

  /** Returns a short English description of the rule, for pages and exports. */
  String describe();

  /** Returns whether a date can be computed from the rule and the recorded consents. */
  default boolean isComputable() {
    return !(this instanceof Textual);
  }

  /**
   * In force once {@code consents} parties have consented to be bound; then after {@code months} months, on the first
   * day of the following month when {@code firstDayOfMonth} (Council of Europe style: "the first day of the month
   * following the expiration of a period of three months after the date on which five states have expressed their
   * consent"). A party that consents later is bound on the same shift from its own consent.
   *
   * @param consents how many consents are needed, at least 1
   * @param months months to wait after the last needed consent, 0 or more
   * @param firstDayOfMonth whether the date moves to the first day of the following month
   */
  record AfterConsents(int consents, int months, boolean firstDayOfMonth) implements EntryIntoForceRule {
    /** Rejects a count below 1 or negative months. */
    public AfterConsents {
      if (consents < 1 || months < 0) {
        throw new IllegalArgumentException("consents must be >= 1 and months >= 0");
      }
    }

    @Override
    public String describe() {
      return "after " + consents + (consents == 1 ? " consent" : " consents") + " to be bound"
          + (firstDayOfMonth ? ", on the first day of the month following " + months + " months"
              : months == 0 ? "" : ", " + months + " months later");
    }

    /** Returns the date a consent given on {@code consent} takes effect under this rule. */
    public LocalDate shift(LocalDate consent) {
      LocalDate expired = consent.plusMonths(months);
      return firstDayOfMonth ? expired.withDayOfMonth(1).plusMonths(1) : expired;
    }
  }

  /**
   * In force on signature: each signature counts as consent, and the instrument is in force once {@code signatures}
   * parties have signed (2 for a bilateral agreement).
   *
   * @param signatures how many signatures are needed, at least 1
   */
  record OnSignature(int signatures) implements EntryIntoForceRule {
    /** Rejects a count below 1. */
    public OnSignature {
      if (signatures < 1) {
        throw new IllegalArgumentException("signatures must be >= 1");
      }
    }

    @Override
    public String describe() {
      return "on signature by " + signatures + (signatures == 1 ? " party" : " parties");
    }
  }

  /**
   * In force on a fixed date; a party consenting later is bound from its consent.
   *
   * @param date the date of entry into force
   */
  record OnDate(LocalDate date) implements EntryIntoForceRule {
    @Override
    public String describe() {
      return "on " + date;
    }
  }

  /**
   * A clause known only as text (not read, unconfirmed, or depending on facts outside the registry); no date is
   * computed.
   *
   * @param text what is known about the clause
   */
  record Textual(String text) implements EntryIntoForceRule {
    @Override
    public String describe() {
      return text;
    }
  }
}

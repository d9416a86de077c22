package org.tribunal.positions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * A financial contribution a state declared to a body, for a period.
 *
 * @param state the state
 * @param body the body's id in the coalition registry (e.g. {@code EPA_TRIBUNAL}, {@code RD4U})
 * @param amount the amount, zero or more
 * @param currency ISO 4217 code, three upper-case letters
 * @param from first day of the period
 * @param to first day no longer covered, or {@code null} if open
 * @param source where the figure comes from
 * @param illustrative whether the figure is invented (demo data) rather than sourced
 * @param note remarks, or {@code null}
 */
public record NewContribution(StateCode state, String body, BigDecimal amount, String currency, LocalDate from,
    @Nullable LocalDate to, SourceRef source, boolean illustrative, @Nullable String note) {

  /**
   * Checks the fields.
   *
   * @throws InvalidPositionException if the amount is negative, the currency is not three letters or the
   *     period is empty
   */
  public NewContribution {
    if (body == null || body.isBlank()) {
      throw InvalidPositionException.field("body", "a contribution is declared to a body");
    }
    if (amount == null || amount.signum() < 0) {
      throw InvalidPositionException.field("amount", "an amount is zero or more");
    }
    if (currency == null || !currency.strip().toUpperCase(Locale.ROOT).matches("[A-Z]{3}")) {
      throw InvalidPositionException.field("currency", "a currency is an ISO 4217 code such as EUR");
    }
    if (from == null || (to != null && !to.isAfter(from))) {
      throw InvalidPositionException.field("to", "a period starts with 'from' and ends after it");
    }
    if (source == null) {
      throw InvalidPositionException.field("source", "a contribution needs a source");
    }
    currency = currency.strip().toUpperCase(Locale.ROOT);
  }

  /** Returns whether the period covers {@code date}. */
  public boolean covers(LocalDate date) {
    return !from.isAfter(date) && (to == null || date.isBefore(to));
  }
}

package org.tribunal.coalition.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.tribunal.coalition.InvalidFieldException;
import org.tribunal.coalition.MembershipPeriod;
import org.tribunal.coalition.Party;
import org.tribunal.shared.InvalidStateCodeException;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * The request bodies of the coalition API and their translation into commands. Fields arrive as strings so that a
 * bad value becomes a problem naming its field, not a parse error of the whole body.
 */
final class Requests {

  private Requests() {}

  /** A source as sent by a client. */
  record Source(@Nullable String title, @Nullable String publisher, @Nullable String date, @Nullable String url) {}

  /** Body of {@code POST /api/v1/memberships}. Exactly one of {@code state} and {@code organisation}. */
  record NewMembership(@Nullable String state, @Nullable String organisation, @Nullable String body,
      @Nullable String from, @Nullable String to, @Nullable String status, @Nullable String basis,
      @Nullable String note, @Nullable Boolean unconfirmed, @Nullable Source source) {}

  /** Body of {@code POST /api/v1/memberships/{id}/corrections}: the corrected values and a reason. */
  record Correction(@Nullable String from, @Nullable String to, @Nullable String status, @Nullable String basis,
      @Nullable String note, @Nullable Boolean unconfirmed, @Nullable Source source, @Nullable String reason,
      @Nullable Boolean retract) {}

  /** Body of {@code POST /api/v1/instruments/{id}/actions}. Exactly one of {@code state} and {@code organisation}. */
  record NewAction(@Nullable String state, @Nullable String organisation, @Nullable String act,
      @Nullable String date, @Nullable String note, @Nullable Boolean unconfirmed, @Nullable Source source) {}

  /** Body of {@code POST /api/v1/instrument-actions/{id}/corrections}. */
  record ActionCorrection(@Nullable String act, @Nullable String date, @Nullable String note,
      @Nullable Boolean unconfirmed, @Nullable Source source, @Nullable String reason, @Nullable Boolean retract) {}

  static Party party(@Nullable String state, @Nullable String organisation) {
    boolean hasState = state != null && !state.isBlank();
    boolean hasOrganisation = organisation != null && !organisation.isBlank();
    if (hasState == hasOrganisation) {
      throw InvalidFieldException.of("state", "or organisation: give exactly one of them");
    }
    if (hasState) {
      try {
        return Party.state(StateCode.of(state.trim()));
      } catch (InvalidStateCodeException e) {
        e.with("field", "state");
        throw e;
      }
    }
    return Party.organisation(organisation.trim());
  }

  static MembershipPeriod period(@Nullable String from, @Nullable String to) {
    return new MembershipPeriod(optionalDate("from", from), optionalDate("to", to));
  }

  static LocalDate date(String field, @Nullable String value) {
    LocalDate d = optionalDate(field, value);
    if (d == null) {
      throw InvalidFieldException.of(field, "is required (YYYY-MM-DD)");
    }
    return d;
  }

  static @Nullable LocalDate optionalDate(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw InvalidFieldException.of(field, "must be a date YYYY-MM-DD; got '" + value + "'");
    }
  }

  static <E extends Enum<E>> E choice(String field, @Nullable String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      throw InvalidFieldException.of(field, "is required; one of " + Arrays.toString(type.getEnumConstants()));
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.of(field, "must be one of " + Arrays.toString(type.getEnumConstants())
          + "; got '" + value + "'");
    }
  }

  static String required(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw InvalidFieldException.of(field, "is required");
    }
    return value;
  }

  static SourceRef source(@Nullable Source s) {
    if (s == null) {
      throw InvalidFieldException.of("source", "is required: every fact needs a source");
    }
    return new SourceRef(required("source.title", s.title()), blank(s.publisher()),
        optionalDate("source.date", s.date()), blank(s.url()));
  }

  static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

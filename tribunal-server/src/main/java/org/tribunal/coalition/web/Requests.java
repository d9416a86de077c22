package org.tribunal.coalition.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.tribunal.coalition.BodyId;
import org.tribunal.coalition.EntryIntoForceRule;
import org.tribunal.coalition.InstrumentId;
import org.tribunal.coalition.InstrumentKind;
import org.tribunal.coalition.InvalidFieldException;
import org.tribunal.coalition.InvalidIdentifierException;
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

  /**
   * An entry-into-force rule as data: {@code kind} is AFTER_CONSENTS ({@code consents}, {@code months},
   * {@code firstDayOfMonth}), ON_SIGNATURE ({@code signatures}), ON_DATE ({@code date}) or TEXTUAL ({@code text}).
   */
  record Rule(@Nullable String kind, @Nullable Integer consents, @Nullable Integer months,
      @Nullable Boolean firstDayOfMonth, @Nullable Integer signatures, @Nullable String date, @Nullable String text) {}

  /** Body of {@code POST /api/v1/instruments}. */
  record NewInstrument(@Nullable String id, @Nullable String title, @Nullable String kind, @Nullable String adoptedOn,
      @Nullable String place, @Nullable Boolean signatureRequired, @Nullable Rule entryIntoForce,
      @Nullable Boolean ruleUnconfirmed, @Nullable String body, @Nullable String annexTo, @Nullable String note,
      @Nullable Source source) {}

  /** Body of {@code POST /api/v1/instruments/{id}/corrections}: every field of the next version, and a reason. */
  record InstrumentCorrection(@Nullable String title, @Nullable String kind, @Nullable String adoptedOn,
      @Nullable String place, @Nullable Boolean signatureRequired, @Nullable Rule entryIntoForce,
      @Nullable Boolean ruleUnconfirmed, @Nullable String body, @Nullable String annexTo, @Nullable String note,
      @Nullable Source source, @Nullable String reason) {}

  /** Kinds of entry-into-force rule a client may send. */
  enum RuleKind { AFTER_CONSENTS, ON_SIGNATURE, ON_DATE, TEXTUAL }

  static EntryIntoForceRule rule(@Nullable Rule r) {
    if (r == null) {
      throw InvalidFieldException.of("entryIntoForce", "is required: {\"kind\": \"AFTER_CONSENTS\", \"consents\": 5, "
          + "\"months\": 3, \"firstDayOfMonth\": true}, ON_SIGNATURE with signatures, ON_DATE with date, or "
          + "TEXTUAL with text");
    }
    return switch (choice("entryIntoForce.kind", r.kind(), RuleKind.class)) {
      case AFTER_CONSENTS -> new EntryIntoForceRule.AfterConsents(atLeast("entryIntoForce.consents", r.consents(), 1),
          atLeast("entryIntoForce.months", r.months(), 0), Boolean.TRUE.equals(r.firstDayOfMonth()));
      case ON_SIGNATURE -> new EntryIntoForceRule.OnSignature(atLeast("entryIntoForce.signatures", r.signatures(), 1));
      case ON_DATE -> new EntryIntoForceRule.OnDate(date("entryIntoForce.date", r.date()));
      case TEXTUAL -> new EntryIntoForceRule.Textual(required("entryIntoForce.text", r.text()));
    };
  }

  static int atLeast(String field, @Nullable Integer value, int min) {
    if (value == null) {
      throw InvalidFieldException.of(field, "is required (a whole number, at least " + min + ")");
    }
    if (value < min) {
      throw InvalidFieldException.of(field, "must be at least " + min + "; got " + value);
    }
    return value;
  }

  static boolean flag(String field, @Nullable Boolean value) {
    if (value == null) {
      throw InvalidFieldException.of(field, "is required (true or false)");
    }
    return value;
  }

  static @Nullable BodyId bodyId(@Nullable String value) {
    return blank(value) == null ? null : BodyId.of(value.trim());
  }

  static @Nullable InstrumentId instrumentId(String field, @Nullable String value) {
    if (blank(value) == null) {
      return null;
    }
    try {
      return InstrumentId.of(value.trim());
    } catch (InvalidIdentifierException e) {
      throw InvalidFieldException.of(field, "must be upper-case letters, digits and underscores (2 to 40); got '"
          + value + "'");
    }
  }

  static org.tribunal.coalition.NewInstrument instrument(NewInstrument r, String recordedBy) {
    InstrumentId id = instrumentId("id", required("id", r.id()));
    return new org.tribunal.coalition.NewInstrument(id, required("title", r.title()),
        choice("kind", r.kind(), InstrumentKind.class), optionalDate("adoptedOn", r.adoptedOn()), blank(r.place()),
        flag("signatureRequired", r.signatureRequired()), rule(r.entryIntoForce()),
        Boolean.TRUE.equals(r.ruleUnconfirmed()), bodyId(r.body()), instrumentId("annexTo", r.annexTo()),
        blank(r.note()), source(r.source()), recordedBy);
  }

  static org.tribunal.coalition.InstrumentCorrection correction(InstrumentCorrection r, String recordedBy) {
    return new org.tribunal.coalition.InstrumentCorrection(required("title", r.title()),
        choice("kind", r.kind(), InstrumentKind.class), optionalDate("adoptedOn", r.adoptedOn()), blank(r.place()),
        flag("signatureRequired", r.signatureRequired()), rule(r.entryIntoForce()),
        Boolean.TRUE.equals(r.ruleUnconfirmed()), bodyId(r.body()), instrumentId("annexTo", r.annexTo()),
        blank(r.note()), source(r.source()), required("reason", r.reason()), recordedBy);
  }

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

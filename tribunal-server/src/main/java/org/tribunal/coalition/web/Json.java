package org.tribunal.coalition.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tribunal.coalition.BodyView;
import org.tribunal.coalition.ChartRow;
import org.tribunal.coalition.EntryIntoForceRule;
import org.tribunal.coalition.InstrumentActionView;
import org.tribunal.coalition.InstrumentChart;
import org.tribunal.coalition.InstrumentStanding;
import org.tribunal.coalition.InstrumentView;
import org.tribunal.coalition.MembershipView;
import org.tribunal.coalition.Party;
import org.tribunal.coalition.StateView;
import org.tribunal.shared.SourceRef;

/** The JSON shapes of the coalition API: flat, with codes as strings and {@code unconfirmed} on every fact. */
final class Json {

  private Json() {}

  /** A page of items and the cursor of the next page ({@code null} on the last page). */
  record Page<T>(List<T> items, @Nullable String next) {}

  /** A fact's source. */
  record Source(@Nullable String title, @Nullable String publisher, @Nullable LocalDate date, @Nullable String url) {
    static Source of(SourceRef s) {
      return new Source(s.title(), s.publisher(), s.date(), s.url());
    }
  }

  /** A state. */
  record State(String code, String nameEn, String nameFr, String nameUk, String unStatus, Source source) {
    static State of(StateView s) {
      return new State(s.code().value(), s.nameEn(), s.nameFr(), s.nameUk(), s.unStatus().name(),
          Source.of(s.source()));
    }
  }

  /** A state with its memberships and instrument actions as of a date. */
  record StateDetail(State state, LocalDate asOf, List<Membership> memberships, List<Membership> timeline,
      List<Action> actions) {}

  /** A body. */
  record Body(String id, String name, String kind, String description, @Nullable String parent, @Nullable String note,
      Source source) {
    static Body of(BodyView b) {
      return new Body(b.id().value(), b.name(), b.kind().name(), b.description(),
          b.parent() == null ? null : b.parent().value(), b.note(), Source.of(b.source()));
    }
  }

  /** One version of a membership. */
  record Membership(String id, int version, @Nullable String state, @Nullable String organisation, String body,
      @Nullable LocalDate from, @Nullable LocalDate to, String status, @Nullable String basis, @Nullable String note,
      boolean unconfirmed, Source source, @Nullable String reason, String recordedBy, Instant recordedAt,
      boolean retracted) {
    static Membership of(MembershipView m) {
      return new Membership(m.id().toString(), m.version(), stateOf(m.party()), organisationOf(m.party()),
          m.body().value(), m.period().from(), m.period().to(), m.status().name(), m.basis(), m.note(),
          m.unconfirmed(), Source.of(m.source()), m.reason(), m.recordedBy(), m.recordedAt(), m.retracted());
    }
  }

  /** An instrument's entry-into-force rule as data, with its English description. */
  record Rule(String kind, @Nullable Integer consents, @Nullable Integer months, @Nullable Boolean firstDayOfMonth,
      @Nullable Integer signatures, @Nullable LocalDate date, @Nullable String text, String description) {
    static Rule of(EntryIntoForceRule r) {
      if (r instanceof EntryIntoForceRule.AfterConsents a) {
        return new Rule("AFTER_CONSENTS", a.consents(), a.months(), a.firstDayOfMonth(), null, null, null,
            r.describe());
      }
      if (r instanceof EntryIntoForceRule.OnSignature o) {
        return new Rule("ON_SIGNATURE", null, null, null, o.signatures(), null, null, r.describe());
      }
      if (r instanceof EntryIntoForceRule.OnDate d) {
        return new Rule("ON_DATE", null, null, null, null, d.date(), null, r.describe());
      }
      return new Rule("TEXTUAL", null, null, null, null, null, ((EntryIntoForceRule.Textual) r).text(), r.describe());
    }
  }

  /** One version of an instrument. */
  record Instrument(String id, int version, String title, String kind, @Nullable LocalDate adoptedOn,
      @Nullable String place, boolean signatureRequired, Rule entryIntoForce, boolean ruleUnconfirmed,
      @Nullable String body, @Nullable String annexTo, @Nullable String note, Source source, @Nullable String reason,
      String recordedBy, Instant recordedAt) {
    static Instrument of(InstrumentView i) {
      return new Instrument(i.id().value(), i.version(), i.title(), i.kind().name(), i.adoptedOn(), i.place(),
          i.signatureRequired(), Rule.of(i.entryIntoForce()), i.ruleUnconfirmed(),
          i.body() == null ? null : i.body().value(), i.annexTo() == null ? null : i.annexTo().value(), i.note(),
          Source.of(i.source()), i.reason(), i.recordedBy(), i.recordedAt());
    }
  }

  /** One version of an instrument action. */
  record Action(String id, int version, String instrument, @Nullable String state, @Nullable String organisation,
      String act, LocalDate date, @Nullable String note, boolean unconfirmed, Source source, @Nullable String reason,
      String recordedBy, Instant recordedAt, boolean retracted) {
    static Action of(InstrumentActionView a) {
      return new Action(a.id().toString(), a.version(), a.instrument().value(), stateOf(a.party()),
          organisationOf(a.party()), a.act().name(), a.on(), a.note(), a.unconfirmed(), Source.of(a.source()),
          a.reason(), a.recordedBy(), a.recordedAt(), a.retracted());
    }
  }

  /** An instrument's standing on a date. */
  record Standing(String instrument, LocalDate asOf, String status, @Nullable LocalDate inForceFrom, String rule,
      boolean ruleUnconfirmed, int signatories, int contracting, int parties, int withdrawn) {
    static Standing of(InstrumentStanding s) {
      return new Standing(s.instrument().value(), s.asOf(), s.status().name(), s.inForceFrom(), s.rule(),
          s.ruleUnconfirmed(), s.signatories(), s.contracting(), s.parties(), s.withdrawn());
    }
  }

  /** A chart row. */
  record Row(@Nullable String state, @Nullable String organisation, String standing, @Nullable LocalDate signature,
      boolean definitiveSignature, @Nullable LocalDate ratification, @Nullable String consentAct,
      @Nullable LocalDate entryIntoForce, @Nullable LocalDate withdrawal, int reservations, int declarations,
      @Nullable LocalDate jurisdictionDelegated, String notes, boolean unconfirmed) {
    static Row of(ChartRow r) {
      return new Row(stateOf(r.party()), organisationOf(r.party()), r.standing().name(), r.signedOn(),
          r.definitiveSignature(), r.consentedOn(), r.consentAct() == null ? null : r.consentAct().name(),
          r.inForceFrom(), r.withdrawnOn(), r.reservations(), r.declarations(), r.jurisdictionDelegatedOn(),
          r.notes(), r.unconfirmed());
    }
  }

  /** A chart. */
  record Chart(Standing standing, List<Row> rows) {
    static Chart of(InstrumentChart c) {
      return new Chart(Standing.of(c.standing()), c.rows().stream().map(Row::of).toList());
    }
  }

  static @Nullable String stateOf(Party p) {
    return p.isState() ? p.code() : null;
  }

  static @Nullable String organisationOf(Party p) {
    return p.isState() ? null : p.code();
  }
}

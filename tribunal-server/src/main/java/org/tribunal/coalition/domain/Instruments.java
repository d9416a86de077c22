package org.tribunal.coalition.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tribunal.coalition.BodyId;
import org.tribunal.coalition.EntryIntoForceRule;
import org.tribunal.coalition.EntryIntoForceRule.AfterConsents;
import org.tribunal.coalition.EntryIntoForceRule.OnDate;
import org.tribunal.coalition.EntryIntoForceRule.OnSignature;
import org.tribunal.coalition.EntryIntoForceRule.Textual;
import org.tribunal.coalition.InstrumentId;
import org.tribunal.coalition.InstrumentKind;
import org.tribunal.coalition.InstrumentView;

/**
 * Stores instruments: the identity in {@code coalition.instrument}, each version in {@code coalition.instrument_version}
 * (only inserts), the entry-into-force rule in typed columns.
 */
@Repository
class Instruments {

  private final JdbcClient jdbc;

  Instruments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Serialises writers on one instrument (its versions and its parties' actions) until the transaction ends. */
  void lock(InstrumentId id) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("coalition.instrument:" + id.value())
        .query((rs, i) -> 1).list();
  }

  /** Inserts the identity of a new instrument; its content goes in with {@link #insert(InstrumentView)}. */
  void create(InstrumentId id, Instant at) {
    jdbc.sql("INSERT INTO coalition.instrument (id, recorded_at) VALUES (?, ?)").params(id.value(), Timestamp.from(at))
        .update();
  }

  void insert(InstrumentView i) {
    EntryIntoForceRule rule = i.entryIntoForce();
    String kind;
    Integer count = null;
    Integer months = null;
    Boolean firstDay = null;
    java.time.LocalDate date = null;
    String text = null;
    if (rule instanceof AfterConsents a) {
      kind = "AFTER_CONSENTS";
      count = a.consents();
      months = a.months();
      firstDay = a.firstDayOfMonth();
    } else if (rule instanceof OnSignature s) {
      kind = "ON_SIGNATURE";
      count = s.signatures();
    } else if (rule instanceof OnDate d) {
      kind = "ON_DATE";
      date = d.date();
    } else {
      kind = "TEXTUAL";
      text = ((Textual) rule).text();
    }
    jdbc.sql("""
        INSERT INTO coalition.instrument_version (instrument_id, version, title, kind, adopted_on, place,
          signature_required, eif_kind, eif_count, eif_months, eif_first_day, eif_date, eif_text, rule_unconfirmed,
          body_id, annex_to, note, source_title, source_publisher, source_date, source_url, reason, recorded_by,
          recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(i.id().value(), i.version(), i.title(), i.kind().name(), i.adoptedOn(), i.place(),
            i.signatureRequired(), kind, count, months, firstDay, date, text, i.ruleUnconfirmed(),
            i.body() == null ? null : i.body().value(), i.annexTo() == null ? null : i.annexTo().value(), i.note(),
            i.source().title(), i.source().publisher(), i.source().date(), i.source().url(), i.reason(),
            i.recordedBy(), Timestamp.from(i.recordedAt()))
        .update();
  }

  List<InstrumentView> all() {
    return jdbc.sql("SELECT * FROM coalition.instrument_latest ORDER BY instrument_id").query(Instruments::map).list();
  }

  Optional<InstrumentView> find(InstrumentId id) {
    return jdbc.sql("SELECT * FROM coalition.instrument_version WHERE instrument_id = ? ORDER BY version DESC LIMIT 1")
        .param(id.value()).query(Instruments::map).optional();
  }

  List<InstrumentView> history(InstrumentId id) {
    return jdbc.sql("SELECT * FROM coalition.instrument_version WHERE instrument_id = ? ORDER BY version")
        .param(id.value()).query(Instruments::map).list();
  }

  private static InstrumentView map(ResultSet rs, int row) throws SQLException {
    EntryIntoForceRule rule = switch (rs.getString("eif_kind")) {
      case "AFTER_CONSENTS" -> new AfterConsents(rs.getInt("eif_count"), rs.getInt("eif_months"),
          rs.getBoolean("eif_first_day"));
      case "ON_SIGNATURE" -> new OnSignature(rs.getInt("eif_count"));
      case "ON_DATE" -> new OnDate(Rows.date(rs, "eif_date"));
      default -> new Textual(rs.getString("eif_text"));
    };
    String body = rs.getString("body_id");
    String annexTo = rs.getString("annex_to");
    return new InstrumentView(InstrumentId.of(rs.getString("instrument_id")), rs.getInt("version"),
        rs.getString("title"),
        InstrumentKind.valueOf(rs.getString("kind")), Rows.date(rs, "adopted_on"), rs.getString("place"),
        rs.getBoolean("signature_required"), rule, rs.getBoolean("rule_unconfirmed"),
        body == null ? null : BodyId.of(body), annexTo == null ? null : InstrumentId.of(annexTo), rs.getString("note"),
        Rows.source(rs), rs.getString("reason"), rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }
}

package org.tribunal.coalition.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.tribunal.coalition.NewInstrument;

/** Stores instruments in {@code coalition.instrument}, the entry-into-force rule in typed columns. */
@Repository
class Instruments {

  private final JdbcClient jdbc;

  Instruments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(NewInstrument i) {
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
        INSERT INTO coalition.instrument (id, title, kind, adopted_on, place, signature_required, eif_kind, eif_count,
          eif_months, eif_first_day, eif_date, eif_text, rule_unconfirmed, body_id, annex_to, note, source_title,
          source_publisher, source_date, source_url)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(i.id().value(), i.title(), i.kind().name(), i.adoptedOn(), i.place(), i.signatureRequired(), kind,
            count, months, firstDay, date, text, i.ruleUnconfirmed(), i.body() == null ? null : i.body().value(),
            i.annexTo() == null ? null : i.annexTo().value(), i.note(), i.source().title(), i.source().publisher(),
            i.source().date(), i.source().url())
        .update();
  }

  List<InstrumentView> all() {
    return jdbc.sql("SELECT * FROM coalition.instrument ORDER BY id").query(Instruments::map).list();
  }

  Optional<InstrumentView> find(InstrumentId id) {
    return jdbc.sql("SELECT * FROM coalition.instrument WHERE id = ?").param(id.value()).query(Instruments::map)
        .optional();
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
    return new InstrumentView(InstrumentId.of(rs.getString("id")), rs.getString("title"),
        InstrumentKind.valueOf(rs.getString("kind")), Rows.date(rs, "adopted_on"), rs.getString("place"),
        rs.getBoolean("signature_required"), rule, rs.getBoolean("rule_unconfirmed"),
        body == null ? null : BodyId.of(body), annexTo == null ? null : InstrumentId.of(annexTo), rs.getString("note"),
        Rows.source(rs));
  }
}

package org.tribunal.coalition.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tribunal.coalition.InstrumentActionId;
import org.tribunal.coalition.InstrumentActionView;
import org.tribunal.coalition.InstrumentId;
import org.tribunal.coalition.ParticipationAct;
import org.tribunal.coalition.Party;

/** Stores instrument action versions in {@code coalition.instrument_action_version}; only inserts. */
@Repository
class InstrumentActions {

  private static final String CURRENT = "SELECT * FROM coalition.instrument_action_latest WHERE NOT retracted";

  private final JdbcClient jdbc;

  InstrumentActions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Serialises writers on one party's actions on one instrument until the transaction ends. */
  void lock(InstrumentId instrument, Party party) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
        .param("coalition.action:" + instrument.value() + ":" + party)
        .query((rs, i) -> 1).list();
  }

  void insert(InstrumentActionView a) {
    jdbc.sql("""
        INSERT INTO coalition.instrument_action_version (action_id, version, instrument_id, party_kind, party_code,
          act, acted_on, note, unconfirmed, source_title, source_publisher, source_date, source_url, reason,
          recorded_by, recorded_at, retracted)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(a.id().value(), a.version(), a.instrument().value(), a.party().kind().name(), a.party().code(),
            a.act().name(), a.on(), a.note(), a.unconfirmed(), a.source().title(), a.source().publisher(),
            a.source().date(), a.source().url(), a.reason(), a.recordedBy(), Timestamp.from(a.recordedAt()),
            a.retracted())
        .update();
  }

  List<InstrumentActionView> currentOf(InstrumentId instrument, Party party) {
    return jdbc.sql(CURRENT + " AND instrument_id = ? AND party_kind = ? AND party_code = ? ORDER BY acted_on")
        .params(instrument.value(), party.kind().name(), party.code()).query(InstrumentActions::map).list();
  }

  List<InstrumentActionView> current(InstrumentId instrument) {
    return jdbc.sql(CURRENT + " AND instrument_id = ? ORDER BY acted_on, party_kind DESC, party_code, recorded_at")
        .param(instrument.value()).query(InstrumentActions::map).list();
  }

  List<InstrumentActionView> currentOf(Party party, LocalDate asOf) {
    return jdbc.sql(CURRENT + " AND party_kind = ? AND party_code = ? AND acted_on <= ? ORDER BY acted_on, instrument_id")
        .params(party.kind().name(), party.code(), asOf).query(InstrumentActions::map).list();
  }

  Optional<InstrumentActionView> latest(InstrumentActionId id) {
    return jdbc.sql("SELECT * FROM coalition.instrument_action_latest WHERE action_id = ?").param(id.value())
        .query(InstrumentActions::map).optional();
  }

  List<InstrumentActionView> history(InstrumentActionId id) {
    return jdbc.sql("SELECT * FROM coalition.instrument_action_version WHERE action_id = ? ORDER BY version")
        .param(id.value()).query(InstrumentActions::map).list();
  }

  private static InstrumentActionView map(ResultSet rs, int row) throws SQLException {
    return new InstrumentActionView(new InstrumentActionId(rs.getObject("action_id", UUID.class)),
        rs.getInt("version"), InstrumentId.of(rs.getString("instrument_id")), Rows.party(rs),
        ParticipationAct.valueOf(rs.getString("act")), Rows.date(rs, "acted_on"), rs.getString("note"),
        rs.getBoolean("unconfirmed"), Rows.source(rs), rs.getString("reason"), rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant(), rs.getBoolean("retracted"));
  }
}

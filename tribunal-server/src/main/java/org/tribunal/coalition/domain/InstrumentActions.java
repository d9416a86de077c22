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
import org.tribunal.coalition.Page;
import org.tribunal.coalition.PageRequest;
import org.tribunal.coalition.ParticipationAct;
import org.tribunal.coalition.Party;

/** Stores instrument action versions in {@code coalition.instrument_action_version}; only inserts. */
@Repository
class InstrumentActions {

  private static final String CURRENT = "SELECT * FROM coalition.instrument_action_latest WHERE NOT retracted";
  /** Sort key: states (0) before organisations (1). */
  private static final String KIND_RANK = "(CASE party_kind WHEN 'STATE' THEN 0 ELSE 1 END)";

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

  /**
   * Returns a page of the current actions on {@code instrument} dated on or before {@code asOf}. Order: date, states
   * before organisations, party code, id; the cursor is that key.
   */
  Page<InstrumentActionView> page(InstrumentId instrument, LocalDate asOf, PageRequest request) {
    var sql = new StringBuilder(CURRENT + " AND instrument_id = ? AND acted_on <= ?");
    var params = new java.util.ArrayList<Object>(List.of(instrument.value(), asOf));
    String[] after = Cursor.decode(request, 4);
    if (after != null) {
      sql.append(" AND (acted_on, ").append(KIND_RANK).append(", party_code, action_id) > (?::date, ?, ?, ?::uuid)");
      params.add(Cursor.date(after[0], false));
      params.add(Cursor.rank(after[1]));
      params.add(after[2]);
      params.add(Cursor.uuid(after[3]));
    }
    sql.append(" ORDER BY acted_on, ").append(KIND_RANK).append(", party_code, action_id LIMIT ?");
    params.add(request.limit() + 1);
    List<InstrumentActionView> rows = jdbc.sql(sql.toString()).params(params).query(InstrumentActions::map).list();
    return Cursor.page(rows, request, a -> List.of(a.on().toString(), a.party().isState() ? "0" : "1",
        a.party().code(), a.id().toString()));
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

package org.tribunal.coalition.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tribunal.coalition.BodyId;
import org.tribunal.coalition.MembershipId;
import org.tribunal.coalition.MembershipPeriod;
import org.tribunal.coalition.MembershipStatus;
import org.tribunal.coalition.MembershipView;
import org.tribunal.coalition.Page;
import org.tribunal.coalition.PageRequest;
import org.tribunal.coalition.Party;

/**
 * Stores membership versions in {@code coalition.membership_version}; only inserts, never updates. "Current" means
 * the latest version, unless that version retracts the fact.
 */
@Repository
class Memberships {

  private static final String CURRENT = "SELECT * FROM coalition.membership_latest WHERE NOT retracted";
  /** Sort key: states (0) before organisations (1). */
  private static final String KIND_RANK = "(CASE party_kind WHEN 'STATE' THEN 0 ELSE 1 END)";
  /** Sort key: an unknown start sorts first. */
  private static final String START = "COALESCE(valid_from, '-infinity'::date)";

  private final JdbcClient jdbc;

  Memberships(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Serialises writers on one party in one body until the transaction ends. */
  void lock(Party party, BodyId body) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
        .param("coalition.membership:" + body.value() + ":" + party)
        .query((rs, i) -> 1).list();
  }

  void insert(MembershipView m) {
    jdbc.sql("""
        INSERT INTO coalition.membership_version (membership_id, version, party_kind, party_code, body_id,
          valid_from, valid_to, status, basis, note, unconfirmed, source_title, source_publisher, source_date,
          source_url, reason, recorded_by, recorded_at, retracted)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(m.id().value(), m.version(), m.party().kind().name(), m.party().code(), m.body().value(),
            m.period().from(), m.period().to(), m.status().name(), m.basis(), m.note(), m.unconfirmed(),
            m.source().title(), m.source().publisher(), m.source().date(), m.source().url(), m.reason(),
            m.recordedBy(), Timestamp.from(m.recordedAt()), m.retracted())
        .update();
  }

  List<MembershipView> currentOf(Party party, BodyId body) {
    return jdbc.sql(CURRENT + " AND party_kind = ? AND party_code = ? AND body_id = ?")
        .params(party.kind().name(), party.code(), body.value()).query(Memberships::map).list();
  }

  List<MembershipView> current(@Nullable BodyId body, @Nullable Party party, @Nullable LocalDate asOf) {
    var sql = new StringBuilder(CURRENT);
    var params = new java.util.ArrayList<Object>();
    if (body != null) {
      sql.append(" AND body_id = ?");
      params.add(body.value());
    }
    if (party != null) {
      sql.append(" AND party_kind = ? AND party_code = ?");
      params.add(party.kind().name());
      params.add(party.code());
    }
    if (asOf != null) {
      sql.append(" AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to > ?)");
      params.add(asOf);
      params.add(asOf);
    }
    sql.append(" ORDER BY body_id, party_kind DESC, party_code, valid_from NULLS FIRST, membership_id");
    return jdbc.sql(sql.toString()).params(params).query(Memberships::map).list();
  }

  /**
   * Returns a page of current memberships, filtered like {@link #current}, and to those whose status belongs to the
   * body when {@code belongingOnly}. Order: body, states before organisations, party code, start (unknown first), id;
   * the cursor is that key.
   */
  Page<MembershipView> page(@Nullable BodyId body, @Nullable Party party, @Nullable LocalDate asOf,
      boolean belongingOnly, PageRequest request) {
    var sql = new StringBuilder(CURRENT);
    var params = new java.util.ArrayList<Object>();
    if (body != null) {
      sql.append(" AND body_id = ?");
      params.add(body.value());
    }
    if (party != null) {
      sql.append(" AND party_kind = ? AND party_code = ?");
      params.add(party.kind().name());
      params.add(party.code());
    }
    if (asOf != null) {
      sql.append(" AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to > ?)");
      params.add(asOf);
      params.add(asOf);
    }
    if (belongingOnly) {
      sql.append(" AND status <> 'WITHDRAWN'");
    }
    String[] after = Cursor.decode(request, 5);
    if (after != null) {
      sql.append(" AND (body_id, ").append(KIND_RANK).append(", party_code, ").append(START)
          .append(", membership_id) > (?, ?, ?, ?::date, ?::uuid)");
      params.add(after[0]);
      params.add(Cursor.rank(after[1]));
      params.add(after[2]);
      params.add(Cursor.date(after[3], true));
      params.add(Cursor.uuid(after[4]));
    }
    sql.append(" ORDER BY body_id, ").append(KIND_RANK).append(", party_code, ").append(START)
        .append(", membership_id LIMIT ?");
    params.add(request.limit() + 1);
    List<MembershipView> rows = jdbc.sql(sql.toString()).params(params).query(Memberships::map).list();
    return Cursor.page(rows, request, m -> List.of(m.body().value(), m.party().isState() ? "0" : "1",
        m.party().code(), m.period().from() == null ? "-infinity" : m.period().from().toString(),
        m.id().toString()));
  }

  Optional<MembershipView> latest(MembershipId id) {
    return jdbc.sql("SELECT * FROM coalition.membership_latest WHERE membership_id = ?").param(id.value())
        .query(Memberships::map).optional();
  }

  List<MembershipView> history(MembershipId id) {
    return jdbc.sql("SELECT * FROM coalition.membership_version WHERE membership_id = ? ORDER BY version")
        .param(id.value()).query(Memberships::map).list();
  }

  private static MembershipView map(ResultSet rs, int row) throws SQLException {
    return new MembershipView(new MembershipId(rs.getObject("membership_id", java.util.UUID.class)),
        rs.getInt("version"), Rows.party(rs), BodyId.of(rs.getString("body_id")),
        new MembershipPeriod(Rows.date(rs, "valid_from"), Rows.date(rs, "valid_to")),
        MembershipStatus.valueOf(rs.getString("status")), rs.getString("basis"), rs.getString("note"),
        rs.getBoolean("unconfirmed"), Rows.source(rs), rs.getString("reason"), rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant(), rs.getBoolean("retracted"));
  }
}

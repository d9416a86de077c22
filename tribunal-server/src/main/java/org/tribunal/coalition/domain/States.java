package org.tribunal.coalition.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tribunal.coalition.NewState;
import org.tribunal.coalition.Page;
import org.tribunal.coalition.PageRequest;
import org.tribunal.coalition.StateView;
import org.tribunal.coalition.UnStatus;
import org.tribunal.shared.StateCode;

/** Stores registered states in {@code coalition.state}. */
@Repository
class States {

  private final JdbcClient jdbc;

  States(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(StateCode code) {
    return jdbc.sql("SELECT count(*) FROM coalition.state WHERE code = ?").param(code.value())
        .query(Long.class).single() > 0;
  }

  void insert(NewState s) {
    jdbc.sql("""
        INSERT INTO coalition.state (code, name_en, name_fr, name_uk, un_status, source_title, source_publisher,
          source_date, source_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(s.code().value(), s.nameEn(), s.nameFr(), s.nameUk(), s.unStatus().name(), s.source().title(),
            s.source().publisher(), s.source().date(), s.source().url())
        .update();
  }

  List<StateView> all() {
    return jdbc.sql("SELECT * FROM coalition.state ORDER BY code").query(States::map).list();
  }

  /** Returns a page of states by code, read from the index after the cursor's code. */
  Page<StateView> page(PageRequest request) {
    String[] after = Cursor.decode(request, 1);
    List<StateView> rows = (after == null
        ? jdbc.sql("SELECT * FROM coalition.state ORDER BY code LIMIT ?").param(request.limit() + 1)
        : jdbc.sql("SELECT * FROM coalition.state WHERE code > ? ORDER BY code LIMIT ?")
            .params(after[0], request.limit() + 1))
        .query(States::map).list();
    return Cursor.page(rows, request, s -> List.of(s.code().value()));
  }

  Optional<StateView> find(StateCode code) {
    return jdbc.sql("SELECT * FROM coalition.state WHERE code = ?").param(code.value()).query(States::map)
        .optional();
  }

  private static StateView map(ResultSet rs, int row) throws SQLException {
    return new StateView(StateCode.of(rs.getString("code")), rs.getString("name_en"), rs.getString("name_fr"),
        rs.getString("name_uk"), UnStatus.valueOf(rs.getString("un_status")), Rows.source(rs));
  }
}

package org.tribunal.coalition.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tribunal.coalition.BodyId;
import org.tribunal.coalition.BodyKind;
import org.tribunal.coalition.BodyView;
import org.tribunal.coalition.NewBody;

/** Stores bodies in {@code coalition.body}. */
@Repository
class Bodies {

  private final JdbcClient jdbc;

  Bodies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(NewBody b) {
    jdbc.sql("""
        INSERT INTO coalition.body (id, name, kind, description, parent_id, note, source_title, source_publisher,
          source_date, source_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(b.id().value(), b.name(), b.kind().name(), b.description(),
            b.parent() == null ? null : b.parent().value(), b.note(), b.source().title(), b.source().publisher(),
            b.source().date(), b.source().url())
        .update();
  }

  List<BodyView> all() {
    return jdbc.sql("SELECT * FROM coalition.body ORDER BY id").query(Bodies::map).list();
  }

  Optional<BodyView> find(BodyId id) {
    return jdbc.sql("SELECT * FROM coalition.body WHERE id = ?").param(id.value()).query(Bodies::map).optional();
  }

  private static BodyView map(ResultSet rs, int row) throws SQLException {
    String parent = rs.getString("parent_id");
    return new BodyView(BodyId.of(rs.getString("id")), rs.getString("name"), BodyKind.valueOf(rs.getString("kind")),
        rs.getString("description"), parent == null ? null : BodyId.of(parent), rs.getString("note"),
        Rows.source(rs));
  }
}

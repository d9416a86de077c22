package org.tribunal.coalition.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tribunal.coalition.Party;
import org.tribunal.shared.SourceRef;

/** Reads the column groups every coalition table shares (source, party, dates) from a JDBC row. */
final class Rows {

  private Rows() {}

  static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  static SourceRef source(ResultSet rs) throws SQLException {
    return new SourceRef(rs.getString("source_title"), rs.getString("source_publisher"), date(rs, "source_date"),
        rs.getString("source_url"));
  }

  static Party party(ResultSet rs) throws SQLException {
    return new Party(Party.Kind.valueOf(rs.getString("party_kind")), rs.getString("party_code"));
  }
}

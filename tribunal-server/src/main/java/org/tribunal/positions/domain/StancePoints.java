package org.tribunal.positions.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.tribunal.positions.PositionRef;
import org.tribunal.positions.TextId;

/**
 * Keeps {@code positions.stance_point}, the read model of stance timelines and rule evaluations (one row per
 * claim and current, not retracted position on a text making the claim), in step with the positions and the
 * texts' claims. Every write of a position or of a text's claims calls one of these methods in its own
 * transaction, after the write; each replaces the rows of what was written by what the tables now say, so
 * calling one twice changes nothing. Each then rebuilds the {@link StoredTimelines} of the states and claims whose
 * points it may have changed.
 *
 * <p>Stateless. Public for this module's importers; not part of the module's API.
 */
public final class StancePoints {

  /** The rows the read model must hold, from the tables it is derived from; callers add a filter. */
  private static final String DERIVED = """
      SELECT p.state_code, c.claim, p.position_date, p.text_id, p.slot, p.version, p.kind, p.explanation,
        p.source_title, p.source_publisher, p.source_date, p.source_url, p.unconfirmed, p.note, p.reason, p.recorded_by,
        (extract(epoch FROM p.recorded_at) * 1000000)::bigint, t.version,
        (extract(epoch FROM t.recorded_at) * 1000000)::bigint
      FROM positions.text_claim c
      JOIN positions.text t ON t.id = c.text_id
      JOIN positions.position p ON p.text_id = c.text_id AND NOT p.superseded AND NOT p.retracted
      """;

  private StancePoints() {}

  /**
   * Brings the stance points of the positions in the temporary table or view {@code position_changed} (columns
   * {@code text_id, state_code, slot}) up to date, in a few statements whatever its size: only its rows on
   * texts making a claim are looked at, so an import of votes on texts without claims costs one scan of it.
   * Call it after those positions were written, on the connection of the same transaction.
   *
   * @param s a statement on that connection
   * @throws SQLException if PostgreSQL refuses a statement
   */
  public static void refreshChanged(Statement s) throws SQLException {
    s.execute("""
        CREATE TEMP TABLE stance_changed ON COMMIT DROP AS
        SELECT DISTINCT n.text_id, n.state_code, n.slot FROM position_changed n
        WHERE n.text_id IN (SELECT text_id FROM positions.text_claim)""");
    s.execute("ANALYZE stance_changed");
    s.execute("""
        DELETE FROM positions.stance_point s USING stance_changed n
        WHERE s.text_id = n.text_id AND s.state_code = n.state_code AND s.slot = n.slot""");
    int added = s.executeUpdate("INSERT INTO positions.stance_point " + DERIVED
        + " JOIN stance_changed n ON n.text_id = p.text_id AND n.state_code = p.state_code AND n.slot = p.slot");
    if (added >= 10_000) {
      // as the import does for the positions: the next reads are not planned for a small table
      s.execute("ANALYZE positions.stance_point");
    }
    // the points deleted and inserted were on the changed positions' texts, under those texts' claims
    StoredTimelines.rebuild(s.getConnection(), pairs(s.getConnection(), """
        SELECT DISTINCT n.state_code, c.claim FROM stance_changed n JOIN positions.text_claim c ON c.text_id = n.text_id
        """));
    s.execute("DROP TABLE stance_changed");
  }

  /** Brings the stance points of one position (all its versions' slot) up to date. */
  static void refresh(Connection c, PositionRef ref) throws SQLException {
    String[] key = {ref.text().value(), ref.state().value(), ref.slot().name()};
    update(c, "DELETE FROM positions.stance_point WHERE text_id = ? AND state_code = ? AND slot = ?", key);
    update(c, "INSERT INTO positions.stance_point " + DERIVED
        + " WHERE p.text_id = ? AND p.state_code = ? AND p.slot = ?", key);
    StoredTimelines.rebuild(c, pairs(c, "SELECT ?, claim FROM positions.text_claim WHERE text_id = ?",
        ref.state().value(), ref.text().value()));
  }

  /** Brings the stance points of every position on one text up to date (its claims or version changed). */
  static void refresh(Connection c, TextId text) throws SQLException {
    String onText = "SELECT DISTINCT state_code, claim FROM positions.stance_point WHERE text_id = ?";
    List<StoredTimelines.Pair> touched = pairs(c, onText, text.value());
    update(c, "DELETE FROM positions.stance_point WHERE text_id = ?", text.value());
    update(c, "INSERT INTO positions.stance_point " + DERIVED + " WHERE c.text_id = ?", text.value());
    touched.addAll(pairs(c, onText, text.value()));
    StoredTimelines.rebuild(c, touched);
  }

  private static void update(Connection c, String sql, String... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }

  /** The (state, claim) pairs a query returns. */
  private static List<StoredTimelines.Pair> pairs(Connection c, String sql, String... params) throws SQLException {
    List<StoredTimelines.Pair> pairs = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          pairs.add(new StoredTimelines.Pair(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return pairs;
  }
}

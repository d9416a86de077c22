package org.tribunal.positions.domain;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.tribunal.platform.CsvCopy;
import org.tribunal.positions.NewPosition;
import org.tribunal.positions.TextId;
import org.tribunal.positions.UnknownPositionEntityException;
import org.tribunal.record.RecordEntry;
import org.tribunal.shared.SourceRef;

/**
 * Many positions written at once through PostgreSQL {@code COPY} into a temporary table, then merged:
 * a position identical to the current version of its slot is left alone, a different one becomes the
 * next version. Must be used inside a transaction; rolled back with it.
 *
 * <p>Not thread-safe. Public for this module's importers; not part of the module's API.
 */
public final class PositionBatch implements AutoCloseable {

  private static final int RECORD_CHUNK = 20_000;

  private final Connection connection;
  private final CsvCopy copy;
  private int added;

  private PositionBatch(DataSource dataSource, Connection connection) throws SQLException {
    this.connection = connection;
    try (Statement s = connection.createStatement()) {
      s.execute("""
          CREATE TEMP TABLE IF NOT EXISTS position_import (
            text_id text, state_code char(3), slot text, kind text, position_date date, explanation text,
            source_title text, source_publisher text, source_date date, source_url text, unconfirmed boolean,
            note text) ON COMMIT DROP""");
      s.execute("TRUNCATE position_import");
    }
    this.copy = CsvCopy.open(dataSource, "COPY position_import FROM STDIN WITH (FORMAT csv)");
  }

  /**
   * Opens a batch on the current transaction's connection.
   *
   * @param dataSource the data source the transaction uses
   * @return the batch
   */
  public static PositionBatch open(DataSource dataSource) {
    try {
      return new PositionBatch(dataSource, DataSourceUtils.getConnection(dataSource));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start a COPY of positions", e);
    }
  }

  /** Adds a position. */
  public void add(NewPosition p) {
    copy.text(p.text().value()).text(p.state().value()).text(p.kind().slot().name()).text(p.kind().name())
        .text(p.date().toString()).text(p.explanation()).text(p.source().title()).text(p.source().publisher())
        .text(p.source().date() == null ? null : p.source().date().toString()).text(p.source().url())
        .literal(p.unconfirmed() ? 't' : 'f').text(p.note());
    try {
      copy.endRow();
    } catch (SQLException e) {
      throw new IllegalStateException("COPY of positions failed", e);
    }
    added++;
  }

  /** Returns how many positions were added. */
  public int added() {
    return added;
  }

  /**
   * Ends the COPY and merges into the positions.
   *
   * @param write whether to write (false: only count, for a dry run)
   * @param reason the reason recorded on new versions that replace a different current one
   * @param recordedBy who records them
   * @return the number of positions created or changed; the rest were unchanged
   */
  public int merge(boolean write, String reason, String recordedBy) {
    return merge(write, reason, recordedBy, entries -> { });
  }

  /**
   * Ends the COPY, merges into the positions and hands the public-record entry of every created or
   * changed position to {@code record}, in chunks of at most {@value #RECORD_CHUNK}.
   *
   * @param write whether to write (false: only count, for a dry run; {@code record} is not called)
   * @param reason the reason recorded on new versions that replace a different current one
   * @param recordedBy who records them
   * @param record receives the entries, one per new position version
   * @return the number of positions created or changed; the rest were unchanged
   */
  public int merge(boolean write, String reason, String recordedBy, Consumer<List<RecordEntry>> record) {
    try {
      copy.finish();
      try (Statement s = connection.createStatement()) {
        // the comparison with the current positions handles every row of the import and, on a re-import,
        // every current position: let it hash in memory rather than in temporary files
        s.execute("SET LOCAL work_mem = '128MB'");
        s.execute("""
            CREATE TEMP TABLE position_changed ON COMMIT DROP AS
            SELECT i.*, coalesce(c.version, 0) + 1 AS version, c.version IS NOT NULL AS replaces
            FROM position_import i
            LEFT JOIN positions.position c
              ON c.text_id = i.text_id AND c.state_code = i.state_code AND c.slot = i.slot AND NOT c.superseded
            WHERE c.text_id IS NULL OR c.retracted
               OR (c.kind, c.position_date, c.explanation, c.unconfirmed, c.source_url, c.note)
                  IS DISTINCT FROM (i.kind, i.position_date, i.explanation, i.unconfirmed, i.source_url, i.note)""");
        int changed;
        try (var rs = s.executeQuery("SELECT count(*) FROM position_changed")) {
          rs.next();
          changed = rs.getInt(1);
        }
        if (write && changed > 0) {
          s.execute("""
              UPDATE positions.position p SET superseded = true FROM position_changed c
              WHERE c.replaces AND p.text_id = c.text_id AND p.state_code = c.state_code AND p.slot = c.slot
                AND NOT p.superseded""");
          // Joining the texts is the check that every position's text exists (migration V6): one hash
          // join for the whole import instead of a foreign-key lookup per row. Rows go in in the file's
          // order, which already groups them by text: sorting a million rows first cost about 3 s (an
          // external merge of 190 MB) and bought nothing the indexes need.
          int inserted;
          try (var ps = connection.prepareStatement("""
              INSERT INTO positions.position (text_id, state_code, slot, version, kind, position_date, explanation,
                source_title, source_publisher, source_date, source_url, unconfirmed, note, reason, recorded_by)
              SELECT c.text_id, c.state_code, c.slot, c.version, c.kind, c.position_date, c.explanation,
                c.source_title, c.source_publisher, c.source_date, c.source_url, c.unconfirmed, c.note,
                CASE WHEN c.replaces THEN ? END, ?
              FROM position_changed c JOIN positions.text t ON t.id = c.text_id""")) {
            ps.setString(1, reason);
            ps.setString(2, recordedBy);
            inserted = ps.executeUpdate();
          }
          if (inserted != changed) {
            try (var rs = s.executeQuery("""
                SELECT c.text_id FROM position_changed c
                WHERE NOT EXISTS (SELECT 1 FROM positions.text t WHERE t.id = c.text_id) LIMIT 1""")) {
              rs.next();
              throw UnknownPositionEntityException.text(TextId.of(rs.getString(1)));
            }
          }
          StancePoints.refreshChanged(s);
          recordChanged(s, reason, recordedBy, record);
        }
        s.execute("DROP TABLE position_changed");
        s.execute("TRUNCATE position_import");
        return changed;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("merging imported positions failed", e);
    }
  }

  private static void recordChanged(Statement s, String reason, String recordedBy,
      Consumer<List<RecordEntry>> record) throws SQLException {
    s.execute("""
        DECLARE position_changed_cursor NO SCROLL CURSOR FOR
        SELECT text_id, state_code, slot, version, kind, position_date, explanation, source_title, source_publisher,
          source_date, source_url, unconfirmed, note, replaces FROM position_changed""");
    while (true) {
      List<RecordEntry> chunk = new ArrayList<>(RECORD_CHUNK);
      try (ResultSet rs = s.executeQuery("FETCH " + RECORD_CHUNK + " FROM position_changed_cursor")) {
        while (rs.next()) {
          String text = rs.getString(1);
          String state = rs.getString(2);
          String slot = rs.getString(3);
          java.sql.Date sourceDate = rs.getDate(10);
          chunk.add(RecordEntries.position(text + "~" + state + "~" + slot, rs.getInt(4), text, state, slot,
              rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getBoolean(12), rs.getString(13),
              false, rs.getBoolean(14) ? reason : null, recordedBy,
              new SourceRef(rs.getString(8), rs.getString(9), sourceDate == null ? null : sourceDate.toLocalDate(),
                  rs.getString(11))));
        }
      }
      if (chunk.isEmpty()) {
        break;
      }
      record.accept(chunk);
    }
    s.execute("CLOSE position_changed_cursor");
  }

  @Override
  public void close() {
    copy.close();
  }
}

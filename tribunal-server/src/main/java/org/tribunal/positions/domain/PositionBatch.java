package org.tribunal.positions.domain;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.RandomAccess;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.tribunal.platform.BinaryCopy;
import org.tribunal.positions.NewPosition;
import org.tribunal.positions.TextId;
import org.tribunal.positions.UnknownPositionEntityException;
import org.tribunal.record.ConcurrentAppend;
import org.tribunal.record.RecordEntry;

/**
 * Many positions written at once through PostgreSQL {@code COPY} into a temporary table, then merged:
 * a position identical to the current version of its slot is left alone, a different one becomes the
 * next version. Must be used inside a transaction; rolled back with it.
 *
 * <p>Positions are sent while they are added (PostgreSQL stores them while the caller reads the next ones);
 * while a {@code COPY} is open, the connection runs nothing else, so a caller that needs another statement
 * in between calls {@link #pause()} first.
 *
 * <p>The batch keeps the positions it was given: the public-record entries of the written ones are built
 * from them, not read back from the database.
 *
 * <p>Not thread-safe. Public for this module's importers; not part of the module's API.
 */
public final class PositionBatch implements AutoCloseable {

  /** The transaction's connection: every {@code COPY} and the merge run on it. */
  private final Connection connection;
  /** The open {@code COPY}, if any, and whether it goes straight into the positions. */
  private @Nullable BinaryCopy copy;
  private boolean copyIsFirst;
  private final List<NewPosition> rows = new ArrayList<>();
  /** The ordinals of the rows written straight into the positions, and the texts they are on. */
  private final BitSet firsts = new BitSet();
  private final Set<String> firstTexts = new HashSet<>();
  /** Rows waiting for their kind of {@code COPY} (sent when the other kind was open), by ordinal. */
  private final List<Integer> waiting = new ArrayList<>();
  /** Who records every position of the batch. */
  private final String recordedBy;
  /** Where the entries of the rows written straight away go when they are added, if anywhere. */
  private final @Nullable ConcurrentAppend early;

  private PositionBatch(Connection connection, String recordedBy, @Nullable ConcurrentAppend early)
      throws SQLException {
    this.connection = connection;
    this.recordedBy = recordedBy;
    this.early = early;
    try (Statement s = connection.createStatement()) {
      s.execute("""
          CREATE TEMP TABLE IF NOT EXISTS position_import (
            ord integer, text_id text, state_code char(3), slot text, kind text, position_date date, explanation text,
            source_title text, source_publisher text, source_date date, source_url text, unconfirmed boolean,
            note text) ON COMMIT DROP""");
      s.execute("TRUNCATE position_import");
    }
  }

  /**
   * Opens a batch on the current transaction's connection.
   *
   * @param dataSource the data source the transaction uses
   * @param recordedBy who records the positions
   * @return the batch
   */
  public static PositionBatch open(DataSource dataSource, String recordedBy) {
    return open(dataSource, recordedBy, null);
  }

  /**
   * Opens a batch on the current transaction's connection whose rows written straight away ({@link
   * #addFirst}) hand their record entries to {@code early} as they are added; the merge then appends only
   * the entries of the other rows. The caller finishes {@code early} before the merge.
   *
   * @param dataSource the data source the transaction uses
   * @param recordedBy who records the positions
   * @param early where the entries of rows written straight away go; null: with the others, at the merge
   * @return the batch
   */
  public static PositionBatch open(DataSource dataSource, String recordedBy, @Nullable ConcurrentAppend early) {
    try {
      return new PositionBatch(DataSourceUtils.getConnection(dataSource), recordedBy, early);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start a COPY of positions", e);
    }
  }

  /** Adds a position, starting a {@code COPY} if none is open. */
  public void add(NewPosition p) {
    rows.add(p);
    send(rows.size() - 1, false);
  }

  /**
   * Adds a position on a text that has no position and is recorded in this transaction before {@link #merge}
   * (a text the import itself creates): it can only be a first version, so it is written straight into the
   * positions while the caller reads the next ones, with no comparison and no second copy. The merge checks
   * that its text was recorded. As it is written at once, a dry run must roll the transaction back.
   */
  public void addFirst(NewPosition p) {
    rows.add(p);
    int ord = rows.size() - 1;
    firsts.set(ord);
    firstTexts.add(p.text().value());
    send(ord, true);
    if (early != null) {
      early.add(entry(p, 1, null, recordedBy));
    }
  }

  /** Sends row {@code ord} into its kind of {@code COPY}: the open one, or a new one if none is open. */
  private void send(int ord, boolean first) {
    if (copy != null && copyIsFirst != first) {
      // the other kind is open: this row goes with the rest at the merge (switching costs two round trips)
      waiting.add(ord);
      return;
    }
    BinaryCopy open = copy;
    if (open == null) {
      try {
        open = BinaryCopy.open(connection, first
            ? "COPY positions.position (text_id, state_code, slot, kind, position_date, explanation, source_title,"
                + " source_publisher, source_date, source_url, unconfirmed, note, version, recorded_by)"
                + " FROM STDIN WITH (FORMAT binary)"
            : "COPY position_import FROM STDIN WITH (FORMAT binary)");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot start a COPY of positions", e);
      }
      copy = open;
      copyIsFirst = first;
    }
    NewPosition p = rows.get(ord);
    try {
      // the columns of the statement above: 14 for the positions, 13 for the temporary table
      open.row(first ? 14 : 13);
    } catch (SQLException e) {
      throw new IllegalStateException("COPY of positions failed", e);
    }
    if (!first) {
      open.int4(ord);
    }
    open.text(p.text().value()).text(p.state().value()).text(p.kind().slot().name()).text(p.kind().name())
        .date(p.date()).text(p.explanation()).text(p.source().title()).text(p.source().publisher())
        .date(p.source().date()).text(p.source().url()).bool(p.unconfirmed()).text(p.note());
    if (first) {
      open.int4(1).text(recordedBy);
    }
  }

  /**
   * Sends the positions added so far and ends their {@code COPY}, so that the transaction's connection
   * can run other statements; the next {@link #add} starts a new one. Does nothing if none is open.
   *
   * @throws IllegalStateException if PostgreSQL refuses a row
   */
  public void pause() {
    BinaryCopy copy = this.copy;
    if (copy != null) {
      this.copy = null;
      try {
        copy.finish();
      } catch (SQLException e) {
        throw new IllegalStateException("COPY of positions failed", e);
      }
    }
  }

  /** Sends the rows that waited for their kind of {@code COPY}: the first versions, then the others. */
  private void sendWaiting() {
    List<Integer> rest = List.copyOf(waiting);
    waiting.clear();
    for (boolean first : new boolean[] {true, false}) {
      for (int ord : rest) {
        if (firsts.get(ord) == first) {
          send(ord, first);
        }
      }
      pause();
    }
  }

  /** Returns how many positions were added. */
  public int added() {
    return rows.size();
  }

  /**
   * Ends the COPY and merges into the positions.
   *
   * @param write whether to write (false: only count, for a dry run)
   * @param reason the reason recorded on new versions that replace a different current one
   * @return the number of positions created or changed; the rest were unchanged
   */
  public int merge(boolean write, String reason) {
    return merge(write, reason, entries -> { });
  }

  /**
   * Ends the COPY, merges into the positions and hands the public-record entries of every created or
   * changed position, in the order they were added, to {@code record} in one call. The list builds each
   * entry when it is read, from the positions added to this batch; it may be read from another thread
   * (the record encodes one part while it writes the one before).
   *
   * @param write whether to write (false: only count, for a dry run; {@code record} is not called)
   * @param reason the reason recorded on new versions that replace a different current one
   * @param record receives the entries, one per new position version
   * @return the number of positions created or changed; the rest were unchanged
   */
  public int merge(boolean write, String reason, Consumer<List<RecordEntry>> record) {
    pause();
    sendWaiting();
    try {
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE TEMP TABLE position_first_text (text_id text) ON COMMIT DROP");
        if (!firstTexts.isEmpty()) {
          try (var ps = connection.prepareStatement("INSERT INTO position_first_text SELECT unnest(?::text[])")) {
            ps.setArray(1, connection.createArrayOf("text", firstTexts.toArray()));
            ps.executeUpdate();
          }
          // the check the INSERT below makes by joining the texts, for the rows written straight away
          try (var rs = s.executeQuery("""
              SELECT f.text_id FROM position_first_text f
              WHERE NOT EXISTS (SELECT 1 FROM positions.text t WHERE t.id = f.text_id) LIMIT 1""")) {
            if (rs.next()) {
              throw UnknownPositionEntityException.text(TextId.of(rs.getString(1)));
            }
          }
        }
        // The comparison with the current positions handles every row of the import and, on a re-import,
        // every current position: let it hash in memory rather than in temporary files. The sort before the
        // INSERT holds the changed rows (about 200 MB for a million): in memory it takes a second, an
        // external merge took three.
        s.execute("SET LOCAL work_mem = '512MB'");
        // A text without any position yet (one this import recorded, or recorded without votes) can only
        // get new positions: its rows are version 1 and need no comparison. Finding those texts costs one
        // probe of position_current per distinct text; comparing their rows would copy them all into a
        // temporary table (about 2 s for a million).
        s.execute("""
            CREATE TEMP TABLE position_fresh_text ON COMMIT DROP AS
            SELECT t.text_id FROM (SELECT DISTINCT text_id FROM position_import) t
            WHERE NOT EXISTS (SELECT 1 FROM positions.position p WHERE p.text_id = t.text_id AND NOT p.superseded)""");
        s.execute("""
            CREATE TEMP TABLE position_compared ON COMMIT DROP AS
            SELECT i.*, coalesce(c.version, 0) + 1 AS version, c.version IS NOT NULL AS replaces
            FROM position_import i
            LEFT JOIN positions.position c
              ON c.text_id = i.text_id AND c.state_code = i.state_code AND c.slot = i.slot AND NOT c.superseded
            WHERE NOT EXISTS (SELECT 1 FROM position_fresh_text f WHERE f.text_id = i.text_id)
              AND (c.text_id IS NULL OR c.retracted
               OR (c.kind, c.position_date, c.explanation, c.unconfirmed, c.source_url, c.note)
                  IS DISTINCT FROM (i.kind, i.position_date, i.explanation, i.unconfirmed, i.source_url, i.note))""");
        // what the merge writes: every row on a fresh text, and the compared rows that differ
        s.execute("""
            CREATE TEMP VIEW position_merged AS
            SELECT i.*, 1 AS version, false AS replaces FROM position_import i
            WHERE EXISTS (SELECT 1 FROM position_fresh_text f WHERE f.text_id = i.text_id)
            UNION ALL SELECT * FROM position_compared""");
        // and every position written: those and the ones written straight away (see addFirst)
        s.execute("""
            CREATE TEMP VIEW position_changed AS
            SELECT * FROM position_merged
            UNION ALL SELECT NULL::integer, p.text_id, p.state_code, p.slot, p.kind, p.position_date, p.explanation,
              p.source_title, p.source_publisher, p.source_date, p.source_url, p.unconfirmed, p.note, p.version, false
            FROM positions.position p JOIN position_first_text f ON f.text_id = p.text_id""");
        int merged;
        int replacing;
        try (var rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE replaces) FROM position_merged")) {
          rs.next();
          merged = rs.getInt(1);
          replacing = rs.getInt(2);
        }
        int changed = merged + firsts.cardinality();
        if (write && changed > 0) {
          if (replacing > 0) {
            // (when every changed row is new, this would only scan them all to find none)
            s.execute("""
                UPDATE positions.position p SET superseded = true FROM position_compared c
                WHERE c.replaces AND p.text_id = c.text_id AND p.state_code = c.state_code AND p.slot = c.slot
                  AND NOT p.superseded""");
          }
          // Joining the texts is the check that every position's text exists (migration V6): one hash
          // join for the whole import instead of a foreign-key lookup per row. Rows go in in the order of
          // position_current, so each of its index entries lands next to the one before (at the right edge
          // of an index whose keys are all smaller) instead of wherever its text falls; the primary key
          // (migration V8) then gets them in text order within each state. In file order a million rows cost
          // the indexes about a third more. The sort compares bytes ("C"): a code's order is the same in the
          // database's C.UTF-8 (code points), but only a "C" sort can compare abbreviated keys.
          int inserted;
          try (var ps = connection.prepareStatement("""
              INSERT INTO positions.position (text_id, state_code, slot, version, kind, position_date, explanation,
                source_title, source_publisher, source_date, source_url, unconfirmed, note, reason, recorded_by)
              SELECT c.text_id, c.state_code, c.slot, c.version, c.kind, c.position_date, c.explanation,
                c.source_title, c.source_publisher, c.source_date, c.source_url, c.unconfirmed, c.note,
                CASE WHEN c.replaces THEN ? END, ?
              FROM position_merged c JOIN positions.text t ON t.id = c.text_id
              ORDER BY c.text_id COLLATE "C", c.state_code COLLATE "C", c.slot COLLATE "C\"""")) {
            ps.setString(1, reason);
            ps.setString(2, recordedBy);
            inserted = ps.executeUpdate();
          }
          if (inserted != merged) {
            try (var rs = s.executeQuery("""
                SELECT c.text_id FROM position_merged c
                WHERE NOT EXISTS (SELECT 1 FROM positions.text t WHERE t.id = c.text_id) LIMIT 1""")) {
              rs.next();
              throw UnknownPositionEntityException.text(TextId.of(rs.getString(1)));
            }
          }
          StancePoints.refreshChanged(s);
          record.accept(changedEntries(s, changed, replacing, reason));
        }
        s.execute("DROP VIEW position_changed, position_merged");
        s.execute("DROP TABLE position_compared, position_fresh_text, position_first_text");
        s.execute("TRUNCATE position_import");
        return changed;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("merging imported positions failed", e);
    }
  }

  /**
   * Returns the entries of the written positions, built from the positions added, in the order they were
   * added. When every added position was new, all of them were written as version 1 and nothing is read;
   * otherwise only which ones were written, and their versions, are read back.
   */
  private List<RecordEntry> changedEntries(Statement s, int changed, int replacing, String reason)
      throws SQLException {
    if (changed == rows.size() && replacing == 0 && early == null) {
      return new Entries(rows, null, null, new BitSet(), reason, recordedBy);
    }
    // the rows written straight away (version 1; unless their entries went early) and, from the merge, the
    // others written, in the order added
    int entries = early == null ? changed : changed - firsts.cardinality();
    int[] ords = new int[entries];
    int[] versions = new int[entries];
    BitSet replaces = new BitSet(entries);
    s.setFetchSize(50_000);
    try (ResultSet rs = s.executeQuery("SELECT ord, version, replaces FROM position_merged ORDER BY ord")) {
      int i = 0;
      int first = early == null ? firsts.nextSetBit(0) : -1;
      boolean more = rs.next();
      while (more || first >= 0) {
        if (first >= 0 && (!more || first < rs.getInt(1))) {
          ords[i] = first;
          versions[i] = 1;
          first = firsts.nextSetBit(first + 1);
        } else {
          ords[i] = rs.getInt(1);
          versions[i] = rs.getInt(2);
          replaces.set(i, rs.getBoolean(3));
          more = rs.next();
        }
        i++;
      }
    }
    return new Entries(rows, ords, versions, replaces, reason, recordedBy);
  }

  /** Returns the record entry of version {@code version} of a position added to a batch. */
  private static RecordEntry entry(NewPosition p, int version, @Nullable String reason, String recordedBy) {
    String text = p.text().value();
    String state = p.state().value();
    String slot = p.kind().slot().name();
    return RecordEntries.position(text + "~" + state + "~" + slot, version, text, state, slot, p.kind().name(),
        p.date(), p.explanation(), p.unconfirmed(), p.note(), false, reason, recordedBy, p.source());
  }

  /**
   * The record entries of the written positions, each built when it is read. Immutable, so it may be read
   * from any thread once it is handed over.
   */
  private static final class Entries extends AbstractList<RecordEntry> implements RandomAccess {
    private final List<NewPosition> rows;
    private final int @Nullable [] ords;
    private final int @Nullable [] versions;
    private final BitSet replaces;
    private final String reason;
    private final String recordedBy;

    Entries(List<NewPosition> rows, int @Nullable [] ords, int @Nullable [] versions, BitSet replaces,
        String reason, String recordedBy) {
      this.rows = rows;
      this.ords = ords;
      this.versions = versions;
      this.replaces = replaces;
      this.reason = reason;
      this.recordedBy = recordedBy;
    }

    @Override
    public RecordEntry get(int index) {
      NewPosition p = rows.get(ords == null ? index : ords[index]);
      return entry(p, versions == null ? 1 : versions[index], replaces.get(index) ? reason : null, recordedBy);
    }

    @Override
    public int size() {
      return ords == null ? rows.size() : ords.length;
    }
  }

  @Override
  public void close() {
    if (copy != null) {
      copy.close();
    }
  }
}

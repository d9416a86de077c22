package org.tribunal.record.log;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.integrate.Integration;
import org.tribunal.merkle.tile.EntryBundle;
import org.tribunal.merkle.tile.EntryBundleId;
import org.tribunal.merkle.tile.HashTile;
import org.tribunal.merkle.tile.TileHashSource;
import org.tribunal.merkle.tile.TileId;
import org.tribunal.merkle.tile.TilePath;
import org.tribunal.merkle.tile.TileReader;
import org.tribunal.merkle.tree.NodeHashSource;

/**
 * Reads and writes the log's tables in schema {@code record}: tree state, tiles, entry bundles, the
 * outbox and the index of each appended record ({@code entry_ref}; {@code entry_index_row} for
 * entries sequenced from migration V4 to V6, {@code entry_batch} since). Writes join the caller's
 * transaction.
 */
@Component
public class LogStore {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  LogStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * Returns the tree's current size and root.
   *
   * @return the head stored by the last integrated batch
   */
  public TreeHead head() {
    return jdbc.sql("SELECT tree_size, root FROM record.log_state")
        .query((rs, n) -> new TreeHead(rs.getLong(1), Hash.of(rs.getBytes(2))))
        .single();
  }

  /**
   * Returns the tiles and bundles as stored, for merkle-log's integrator and proofs.
   *
   * @return a reader that queries the database on every call
   */
  public TileReader reader() {
    return reader;
  }

  private final TileReader reader =
      new TileReader() {
        @Override
        public HashTile readTile(TileId id) throws IOException {
          byte[] stored = storedTile(id.level(), id.index())
              .orElseThrow(() -> new NoSuchFileException(TilePath.format(id)));
          try {
            return HashTile.parse(stored);
          } catch (MalformedInputException e) {
            throw new IOException("stored tile " + TilePath.format(id) + " does not parse", e);
          }
        }

        @Override
        public EntryBundle readEntryBundle(EntryBundleId id) throws IOException {
          byte[] stored = storedBundle(id.index())
              .orElseThrow(() -> new NoSuchFileException(TilePath.format(id)));
          try {
            return EntryBundle.parse(stored);
          } catch (MalformedInputException e) {
            throw new IOException("stored bundle " + TilePath.format(id) + " does not parse", e);
          }
        }
      };

  private Optional<byte[]> storedTile(int level, long index) {
    return jdbc.sql("SELECT hashes FROM record.tile WHERE level = :l AND idx = :i")
        .param("l", level)
        .param("i", index)
        .query(byte[].class)
        .optional();
  }

  private Optional<byte[]> storedBundle(long index) {
    return jdbc.sql("SELECT entries FROM record.entry_bundle WHERE idx = :i")
        .param("i", index)
        .query(byte[].class)
        .optional();
  }

  /**
   * Returns the first {@code width} hashes of a tile, as served under {@code tile/<L>/<N>[.p/<W>]}.
   *
   * @param id the tile with the width asked for
   * @return the bytes, or empty if the tile does not hold that many hashes yet
   */
  public Optional<byte[]> tile(TileId id) {
    return storedTile(id.level(), id.index())
        .filter(b -> b.length >= id.width() * Hash.SIZE)
        .map(b -> b.length == id.width() * Hash.SIZE ? b : Arrays.copyOf(b, id.width() * Hash.SIZE));
  }

  /**
   * Returns the first {@code width} entries of an entry bundle, as served under {@code
   * tile/entries/<N>[.p/<W>]}.
   *
   * @param id the bundle with the width asked for
   * @return the encoded bundle, or empty if it does not hold that many entries yet
   * @throws IllegalStateException if the stored bundle does not parse
   */
  public Optional<byte[]> bundle(EntryBundleId id) {
    return storedBundle(id.index()).map(LogStore::parseBundle)
        .filter(b -> b.width() >= id.width())
        .map(b -> b.width() == id.width() ? b.toByteArray() : b.prefix(id.width()).toByteArray());
  }

  /**
   * Returns the canonical entry at a log index.
   *
   * @param index the log index
   * @return its bytes, or empty if the log is not that long
   * @throws IllegalStateException if the stored bundle does not parse
   */
  public Optional<byte[]> entry(long index) {
    int slot = (int) (index & 255);
    return storedBundle(index >>> 8).map(LogStore::parseBundle)
        .filter(b -> b.width() > slot)
        .map(b -> b.entry(slot));
  }

  private static EntryBundle parseBundle(byte[] bytes) {
    try {
      return EntryBundle.parse(bytes);
    } catch (MalformedInputException e) {
      throw new IllegalStateException("a stored entry bundle does not parse: " + e.getMessage(), e);
    }
  }

  /**
   * Returns a source of node hashes computed from the stored tiles, for proofs in a tree of {@code
   * treeSize}.
   *
   * @param treeSize the tree size the proof is for; at most the current size
   * @return the source
   */
  public NodeHashSource nodes(long treeSize) {
    return new TileHashSource(proofReader, treeSize);
  }

  /** How many full tiles proofs keep in memory: 1,024 tiles of at most 16 KiB each with their subtree roots. */
  static final int CACHED_FULL_TILES = 1024;

  /**
   * Full tiles never change once written, so proofs keep the most recently used ones, together with
   * the subtree roots {@link HashTile} remembers: a warm proof then costs lookups, not hashing.
   * Partial tiles are always read from the database.
   */
  private final Map<TileId, HashTile> fullTiles =
      Collections.synchronizedMap(
          new LinkedHashMap<>(CACHED_FULL_TILES, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<TileId, HashTile> eldest) {
              return size() > CACHED_FULL_TILES;
            }
          });

  private final TileReader proofReader =
      new TileReader() {
        @Override
        public HashTile readTile(TileId id) throws IOException {
          if (id.width() != TileId.FULL_WIDTH) {
            return reader.readTile(id);
          }
          HashTile cached = fullTiles.get(id);
          if (cached == null) {
            cached = reader.readTile(id);
            if (cached.width() == TileId.FULL_WIDTH) {
              fullTiles.put(id, cached);
            }
          }
          return cached;
        }

        @Override
        public EntryBundle readEntryBundle(EntryBundleId id) throws IOException {
          return reader.readEntryBundle(id);
        }
      };

  /**
   * Bounds how long the current transaction may wait for a row lock (10 s) or run one statement
   * (60 s). A sequencer that waits on a lock held by a dead instance's lingering session then fails
   * the batch loudly and retries, instead of hanging without a word.
   */
  void boundWaits() {
    template.execute("SET LOCAL lock_timeout = '10s'; SET LOCAL statement_timeout = '60s'");
  }

  /** Returns up to {@code limit} outbox rows in the order they were written. */
  List<PendingEntry> pending(int limit) {
    return jdbc.sql(
            """
            SELECT outbox_id, record_type, record_id, version, body, created_at
            FROM record.outbox ORDER BY outbox_id LIMIT :limit
            """)
        .param("limit", limit)
        .query(LogStore::pendingEntry)
        .list();
  }

  private static PendingEntry pendingEntry(ResultSet rs, int row) throws SQLException {
    return new PendingEntry(
        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBytes(5), rs.getTimestamp(6).toInstant());
  }

  /**
   * Stores one integrated batch in the caller's transaction, in one statement (one round trip): the
   * tiles and bundles the batch changed (complete new content; the right edge's partial ones replace
   * their stored prefix), the tree's compare-and-set from {@code oldSize} to the batch's new size and
   * root, the deletion of the batch's outbox rows, and one {@code entry_batch} row that gives the
   * batch's entries their log indexes: its outbox row ids in log order, counting from {@code
   * oldSize}. The entry's {@code entry_ref} row names its outbox row, so {@link #findIndex} finds the
   * index without this method touching {@code entry_ref}.
   *
   * <p>The batch was read in {@code outbox_id} order, so the range between its first and last id lets
   * PostgreSQL walk one stretch of the outbox index instead of probing it once per row; the id list
   * keeps out rows inside that range that committed after the batch was read.
   *
   * @param integration the batch's tiles, bundles, new size and root
   * @param entries the batch's outbox rows, in log order
   * @param oldSize the tree size the batch was integrated onto
   * @param now when the tree moved
   * @return what the statement changed; the caller checks it and rolls back if anything is short
   */
  StoredBatch store(Integration integration, List<PendingEntry> entries, long oldSize, Instant now) {
    int tileCount = integration.tiles().size();
    short[] tileLevels = new short[tileCount];
    long[] tileIndexes = new long[tileCount];
    byte[][] tileHashes = new byte[tileCount][];
    int t = 0;
    for (Map.Entry<TileId, HashTile> tile : integration.tiles().entrySet()) {
      tileLevels[t] = (short) tile.getKey().level();
      tileIndexes[t] = tile.getKey().index();
      tileHashes[t++] = tile.getValue().toByteArray();
    }
    int bundleCount = integration.entryBundles().size();
    long[] bundleIndexes = new long[bundleCount];
    short[] bundleWidths = new short[bundleCount];
    byte[][] bundleEntries = new byte[bundleCount][];
    int b = 0;
    for (Map.Entry<EntryBundleId, EntryBundle> bundle : integration.entryBundles().entrySet()) {
      bundleIndexes[b] = bundle.getKey().index();
      bundleWidths[b] = (short) bundle.getKey().width();
      bundleEntries[b++] = bundle.getValue().toByteArray();
    }
    long[] ids = new long[entries.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = entries.get(i).outboxId();
    }
    return template.execute(
        (Connection c) -> {
          // PostgreSQL's driver sends primitive arrays in binary, without boxing each element
          PGConnection pg = c.unwrap(PGConnection.class);
          try (PreparedStatement s = c.prepareStatement(STORE_BATCH)) {
            s.setArray(1, pg.createArrayOf("int2", tileLevels));
            s.setArray(2, pg.createArrayOf("int8", tileIndexes));
            s.setArray(3, pg.createArrayOf("bytea", tileHashes));
            s.setArray(4, pg.createArrayOf("int8", bundleIndexes));
            s.setArray(5, pg.createArrayOf("int2", bundleWidths));
            s.setArray(6, pg.createArrayOf("bytea", bundleEntries));
            Array outboxIds = pg.createArrayOf("int8", ids);
            s.setLong(7, ids[0]);
            s.setLong(8, ids[ids.length - 1]);
            s.setArray(9, outboxIds);
            s.setLong(10, oldSize);
            s.setLong(11, ids[0]);
            s.setLong(12, ids[ids.length - 1]);
            s.setArray(13, outboxIds);
            s.setLong(14, integration.newSize());
            s.setBytes(15, integration.root().toByteArray());
            s.setTimestamp(16, Timestamp.from(now));
            s.setLong(17, oldSize);
            try (var rs = s.executeQuery()) {
              rs.next();
              return new StoredBatch(rs.getInt(1) == 1, rs.getInt(2), rs.getInt(3));
            }
          }
        });
  }

  /**
   * What {@link #store} changed.
   *
   * @param advanced whether the tree moved; {@code false} means another sequencer moved it first
   * @param removed how many outbox rows were deleted
   * @param indexed how many entries got their log index
   */
  record StoredBatch(boolean advanced, int removed, int indexed) {}

  // Data-modifying CTEs all run, whether or not the final SELECT reads them, in one snapshot.
  private static final String STORE_BATCH =
      """
      WITH tiles AS (
        INSERT INTO record.tile (level, idx, hashes)
        SELECT * FROM unnest(?::smallint[], ?::bigint[], ?::bytea[])
        ON CONFLICT (level, idx) DO UPDATE SET hashes = EXCLUDED.hashes
      ), bundles AS (
        INSERT INTO record.entry_bundle (idx, width, entries)
        SELECT * FROM unnest(?::bigint[], ?::smallint[], ?::bytea[])
        ON CONFLICT (idx) DO UPDATE SET width = EXCLUDED.width, entries = EXCLUDED.entries
      ), removed AS (
        DELETE FROM record.outbox WHERE outbox_id BETWEEN ? AND ? AND outbox_id = ANY (?::bigint[])
        RETURNING 1
      ), indexed AS (
        INSERT INTO record.entry_batch (first_index, first_outbox_id, last_outbox_id, outbox_ids)
        VALUES (?, ?, ?, ?::bigint[])
        RETURNING cardinality(outbox_ids) AS entries
      ), advanced AS (
        UPDATE record.log_state SET tree_size = ?, root = ?, updated_at = ? WHERE tree_size = ?
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM advanced), (SELECT count(*) FROM removed), (SELECT sum(entries) FROM indexed)
      """;

  /**
   * The {@code entry_ref} rows {@code e} with where their log index is kept: in the row itself
   * (entries sequenced before migration V4), in {@code entry_index_row} {@code x} (V4 to V6) or in
   * their batch's {@code entry_batch} row {@code y} (since V6). A batch's ids ascend and no id is in
   * two batches, so the first batch by last id at or above the row's id that holds it is its batch;
   * usually the first one looked at.
   */
  private static final String INDEXED_REFS =
      """
      record.entry_ref e
      LEFT JOIN record.entry_index_row x ON x.outbox_id = e.outbox_id
      LEFT JOIN LATERAL (
        SELECT b.first_index + p - 1 AS log_index
        FROM record.entry_batch b, array_position(b.outbox_ids, e.outbox_id) p
        WHERE b.last_outbox_id >= e.outbox_id AND b.first_outbox_id <= e.outbox_id AND p IS NOT NULL
        ORDER BY b.last_outbox_id LIMIT 1
      ) y ON true
      """;

  /** Returns the log index of a record version, empty if not appended or not yet sequenced. */
  OptionalLong findIndex(String type, String id, int version) {
    return jdbc.sql(
            "SELECT coalesce(e.log_index, x.log_index, y.log_index) FROM " + INDEXED_REFS
                + " WHERE e.record_type = :t AND e.record_id = :i AND e.version = :v")
        .param("t", type)
        .param("i", id)
        .param("v", version)
        .query((rs, n) -> {
          long value = rs.getLong(1);
          return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
        })
        .optional()
        .orElse(OptionalLong.empty());
  }

  /** Lists every appended version of a record, oldest first, with its log index if sequenced. */
  List<long[]> versions(String type, String id) {
    return jdbc.sql(
            "SELECT e.version, coalesce(e.log_index, x.log_index, y.log_index) FROM " + INDEXED_REFS
                + " WHERE e.record_type = :t AND e.record_id = :i ORDER BY e.version")
        .param("t", type)
        .param("i", id)
        .query((rs, n) -> {
          long index = rs.getLong(2);
          return new long[] {rs.getInt(1), rs.wasNull() ? -1 : index};
        })
        .list();
  }

  /** Returns how many entries wait in the outbox. */
  public long outboxSize() {
    return jdbc.sql("SELECT count(*) FROM record.outbox").query(Long.class).single();
  }

}

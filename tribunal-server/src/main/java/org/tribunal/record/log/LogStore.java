package org.tribunal.record.log;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.tree.NodeHashSource;
import org.tribunal.merkle.tree.NodeId;

/**
 * Reads and writes the log's tables in schema {@code record}: tree state, tiles, entry bundles, the
 * outbox and the index of each appended record. Writes join the caller's transaction.
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
    return state().head();
  }

  LogState state() {
    return jdbc.sql("SELECT tree_size, root, edge FROM record.log_state")
        .query((rs, n) -> LogState.of(rs.getLong(1), Hash.of(rs.getBytes(2)), rs.getBytes(3)))
        .single();
  }

  /** Returns the stored hashes of a tile at its current width, empty if it does not exist. */
  byte[] tile(TileKey key) {
    return jdbc.sql("SELECT hashes FROM record.tile WHERE level = :l AND idx = :i")
        .param("l", key.level())
        .param("i", key.index())
        .query(byte[].class)
        .optional()
        .orElse(new byte[0]);
  }

  /** Returns the stored entry bundle, empty if it does not exist. */
  byte[] bundle(long index) {
    return jdbc.sql("SELECT entries FROM record.entry_bundle WHERE idx = :i")
        .param("i", index)
        .query(byte[].class)
        .optional()
        .orElse(new byte[0]);
  }

  /**
   * Returns the first {@code width} hashes of a tile, as served under {@code tile/<L>/<N>[.p/<W>]}.
   *
   * @param level tile level
   * @param index tile index
   * @param width hashes wanted, 1 to 256
   * @return the bytes, or empty if the tile does not hold that many hashes yet
   */
  public Optional<byte[]> tile(int level, long index, int width) {
    byte[] stored = tile(new TileKey(level, index));
    if (stored.length < width * Hash.SIZE) {
      return Optional.empty();
    }
    return Optional.of(stored.length == width * Hash.SIZE ? stored : Arrays.copyOf(stored, width * Hash.SIZE));
  }

  /**
   * Returns the first {@code width} entries of an entry bundle, as served under {@code
   * tile/entries/<N>[.p/<W>]}.
   *
   * @param index bundle index
   * @param width entries wanted, 1 to 256
   * @return the encoded bundle, or empty if it does not hold that many entries yet
   */
  public Optional<byte[]> bundle(long index, int width) {
    return storedBundle(index)
        .filter(b -> b.width() >= width)
        .map(b -> Arrays.copyOf(b.entries(), BatchIntegration.prefixLength(b.entries(), width)));
  }

  private Optional<BatchIntegration.Bundle> storedBundle(long index) {
    return jdbc.sql("SELECT width, entries FROM record.entry_bundle WHERE idx = :i")
        .param("i", index)
        .query((rs, n) -> new BatchIntegration.Bundle(rs.getInt(1), rs.getBytes(2)))
        .optional();
  }

  /**
   * Returns the canonical entry at a log index.
   *
   * @param index the log index
   * @return its bytes, or empty if the log is not that long
   */
  public Optional<byte[]> entry(long index) {
    int slot = (int) (index & 255);
    return storedBundle(index >>> 8)
        .filter(b -> b.width() > slot)
        .map(b -> {
          byte[] bytes = b.entries();
          int from = BatchIntegration.prefixLength(bytes, slot);
          int length = ((bytes[from] & 0xff) << 8) | (bytes[from + 1] & 0xff);
          return Arrays.copyOfRange(bytes, from + 2, from + 2 + length);
        });
  }

  /**
   * Returns a source of node hashes computed from the stored tiles, for proofs in a tree of {@code
   * treeSize}. Each call reads the tile that holds the node.
   *
   * @param treeSize the tree size the proof is for; at most the current size
   * @return the source
   */
  public NodeHashSource nodes(long treeSize) {
    return id -> nodeHash(id, treeSize);
  }

  private Hash nodeHash(NodeId id, long treeSize) {
    if (id.lastLeaf() >= treeSize) {
      throw new IllegalArgumentException("node " + id + " is not inside a tree of size " + treeSize);
    }
    int inner = id.level() % 8;
    int level = id.level() / 8;
    long first = id.index() << inner; // first node at height 8·level under id
    byte[] tile = tile(new TileKey(level, first >>> 8));
    int slot = (int) (first & 255);
    int count = 1 << inner;
    if (tile.length < (slot + count) * Hash.SIZE) {
      throw new IllegalStateException("tile " + level + "/" + (first >>> 8) + " is missing hashes under node " + id);
    }
    List<Hash> layer = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      layer.add(Hash.of(tile, (slot + i) * Hash.SIZE));
    }
    while (layer.size() > 1) {
      List<Hash> up = new ArrayList<>(layer.size() / 2);
      for (int i = 0; i < layer.size(); i += 2) {
        up.add(Rfc6962.nodeHash(layer.get(i), layer.get(i + 1)));
      }
      layer = up;
    }
    return layer.get(0);
  }

  /** Returns up to {@code limit} outbox rows in the order they were written. */
  List<PendingEntry> pending(int limit) {
    return jdbc.sql(
            """
            SELECT outbox_id, record_type, record_id, version, body, created_at
            FROM record.outbox ORDER BY outbox_id LIMIT :limit
            """)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new PendingEntry(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getBytes(5),
                    rs.getTimestamp(6).toInstant()))
        .list();
  }

  /** Writes the tiles and bundles a batch changed (complete new content). */
  void write(BatchIntegration.Result result) {
    List<Object[]> tiles = new ArrayList<>(result.tiles().size());
    for (Map.Entry<TileKey, byte[]> t : result.tiles().entrySet()) {
      tiles.add(new Object[] {(short) t.getKey().level(), t.getKey().index(), t.getValue()});
    }
    template.batchUpdate(
        """
        INSERT INTO record.tile (level, idx, hashes) VALUES (?, ?, ?)
        ON CONFLICT (level, idx) DO UPDATE SET hashes = EXCLUDED.hashes
        """,
        tiles);
    List<Object[]> bundles = new ArrayList<>(result.bundles().size());
    for (Map.Entry<Long, BatchIntegration.Bundle> b : result.bundles().entrySet()) {
      bundles.add(new Object[] {b.getKey(), (short) b.getValue().width(), b.getValue().entries()});
    }
    template.batchUpdate(
        """
        INSERT INTO record.entry_bundle (idx, width, entries) VALUES (?, ?, ?)
        ON CONFLICT (idx) DO UPDATE SET width = EXCLUDED.width, entries = EXCLUDED.entries
        """,
        bundles);
  }

  /**
   * Moves the tree from {@code oldSize} to {@code next}, if it is still at {@code oldSize}.
   *
   * @return whether the tree moved; {@code false} means another sequencer moved it first
   */
  boolean advance(long oldSize, LogState next, Instant now) {
    return jdbc.sql(
                """
                UPDATE record.log_state SET tree_size = :size, root = :root, edge = :edge, updated_at = :now
                WHERE tree_size = :old
                """)
            .param("size", next.size())
            .param("root", next.head().root().toByteArray())
            .param("edge", next.edgeBytes())
            .param("now", Timestamp.from(now))
            .param("old", oldSize)
            .update()
        == 1;
  }

  /** Deletes integrated outbox rows and returns how many were deleted. */
  int removeFromOutbox(List<PendingEntry> entries) {
    Long[] ids = entries.stream().map(PendingEntry::outboxId).toArray(Long[]::new);
    return template.execute(
        (Connection c) -> {
          try (PreparedStatement s = c.prepareStatement("DELETE FROM record.outbox WHERE outbox_id = ANY (?)")) {
            Array array = c.createArrayOf("bigint", ids);
            s.setArray(1, array);
            return s.executeUpdate();
          }
        });
  }

  /** Records each entry's log index, counting from {@code first}; returns how many were set. */
  int assignIndexes(List<PendingEntry> entries, long first) {
    int n = entries.size();
    String[] types = new String[n];
    String[] ids = new String[n];
    Integer[] versions = new Integer[n];
    Long[] indexes = new Long[n];
    for (int i = 0; i < n; i++) {
      PendingEntry e = entries.get(i);
      types[i] = e.type();
      ids[i] = e.id();
      versions[i] = e.version();
      indexes[i] = first + i;
    }
    return template.execute(
        (Connection c) -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  """
                  UPDATE record.entry_ref e SET log_index = v.idx
                  FROM unnest(?::text[], ?::text[], ?::int[], ?::bigint[]) AS v(t, i, ver, idx)
                  WHERE e.record_type = v.t AND e.record_id = v.i AND e.version = v.ver
                    AND e.log_index IS NULL
                  """)) {
            s.setArray(1, c.createArrayOf("text", types));
            s.setArray(2, c.createArrayOf("text", ids));
            s.setArray(3, c.createArrayOf("integer", versions));
            s.setArray(4, c.createArrayOf("bigint", indexes));
            return s.executeUpdate();
          }
        });
  }

  /** Returns the log index of a record version, empty if not appended or not yet sequenced. */
  OptionalLong findIndex(String type, String id, int version) {
    return jdbc.sql(
            "SELECT log_index FROM record.entry_ref WHERE record_type = :t AND record_id = :i AND version = :v")
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
            """
            SELECT version, log_index FROM record.entry_ref
            WHERE record_type = :t AND record_id = :i ORDER BY version
            """)
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

package org.tribunal.record.checkpoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tribunal.merkle.hash.Hash;

/** Reads and writes {@code record.checkpoint}. */
@Component
public class CheckpointStore {

  private static final String COLUMNS = "tree_size, root, note, published, signed_at";

  private final JdbcClient jdbc;

  CheckpointStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns the newest checkpoint served at {@code /log/checkpoint}, empty before the first. */
  public Optional<StoredCheckpoint> latestPublished() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM record.checkpoint WHERE published ORDER BY tree_size DESC LIMIT 1")
        .query(CheckpointStore::row)
        .optional();
  }

  /** Returns the newest checkpoint signed, published or not. */
  public Optional<StoredCheckpoint> latest() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM record.checkpoint ORDER BY tree_size DESC LIMIT 1")
        .query(CheckpointStore::row)
        .optional();
  }

  /** Returns the smallest published checkpoint whose tree holds {@code index}. */
  public Optional<StoredCheckpoint> firstPublishedCovering(long index) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM record.checkpoint WHERE published AND tree_size > :i ORDER BY tree_size LIMIT 1")
        .param("i", index)
        .query(CheckpointStore::row)
        .optional();
  }

  /** Lists every signed checkpoint, oldest first. */
  public List<StoredCheckpoint> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM record.checkpoint ORDER BY tree_size").query(CheckpointStore::row).list();
  }

  boolean insert(StoredCheckpoint checkpoint) {
    return jdbc.sql(
                """
                INSERT INTO record.checkpoint (tree_size, root, note, published, signed_at)
                VALUES (:size, :root, :note, :published, :at) ON CONFLICT (tree_size) DO NOTHING
                """)
            .param("size", checkpoint.size())
            .param("root", checkpoint.root().toByteArray())
            .param("note", checkpoint.note())
            .param("published", checkpoint.published())
            .param("at", Timestamp.from(checkpoint.signedAt()))
            .update()
        == 1;
  }

  void update(long size, String note, boolean published) {
    jdbc.sql("UPDATE record.checkpoint SET note = :note, published = :published WHERE tree_size = :size")
        .param("note", note)
        .param("published", published)
        .param("size", size)
        .update();
  }

  private static StoredCheckpoint row(ResultSet rs, int n) throws SQLException {
    return new StoredCheckpoint(
        rs.getLong(1), Hash.of(rs.getBytes(2)), rs.getString(3), rs.getBoolean(4), rs.getTimestamp(5).toInstant());
  }

}

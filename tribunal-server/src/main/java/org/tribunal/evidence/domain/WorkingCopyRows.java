package org.tribunal.evidence.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tribunal.evidence.ContentHashes;
import org.tribunal.evidence.DerivationKind;
import org.tribunal.evidence.EvidenceId;
import org.tribunal.evidence.WorkingCopyView;

/** Working copies in {@code evidence.working_copy}. */
@Repository
class WorkingCopyRows {

  private final JdbcClient jdbc;

  WorkingCopyRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(WorkingCopyView copy) {
    jdbc.sql("""
        INSERT INTO evidence.working_copy (id, original_id, custody_seq, kind, tool, file_name, note, sha256, sha512,
          size_bytes, media_type, created_at, created_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(copy.id(), copy.original().value(), copy.custodySequence(), copy.kind().name(), copy.tool(),
            copy.fileName(), copy.note(), copy.hashes().sha256(), copy.hashes().sha512(), copy.hashes().size(),
            copy.mediaType(), Timestamp.from(copy.createdAt()), copy.createdBy())
        .update();
  }

  Optional<WorkingCopyView> find(UUID id) {
    return jdbc.sql("SELECT * FROM evidence.working_copy WHERE id = ?").param(id).query(WorkingCopyRows::row).optional();
  }

  List<WorkingCopyView> of(UUID originalId) {
    return jdbc.sql("SELECT * FROM evidence.working_copy WHERE original_id = ? ORDER BY created_at, id")
        .param(originalId).query(WorkingCopyRows::row).list();
  }

  /** Copies of items that are not destroyed: their bytes should be in the store. */
  List<WorkingCopyView> kept() {
    return jdbc.sql("""
        SELECT w.* FROM evidence.working_copy w JOIN evidence.item i ON i.id = w.original_id
        WHERE i.status <> 'DESTROYED' ORDER BY w.created_at""").query(WorkingCopyRows::row).list();
  }

  /** Whether any live item or copy other than those given still refers to {@code sha256}. */
  boolean stillReferenced(String sha256, UUID exceptItem) {
    return jdbc.sql("""
        SELECT EXISTS (SELECT 1 FROM evidence.item WHERE sha256 = ? AND status <> 'DESTROYED' AND id <> ?)
            OR EXISTS (SELECT 1 FROM evidence.working_copy w JOIN evidence.item i ON i.id = w.original_id
                       WHERE w.sha256 = ? AND i.status <> 'DESTROYED' AND i.id <> ?)""")
        .params(sha256, exceptItem, sha256, exceptItem).query(Boolean.class).single();
  }

  private static WorkingCopyView row(ResultSet rs, int n) throws SQLException {
    return new WorkingCopyView(rs.getObject("id", UUID.class), new EvidenceId(rs.getObject("original_id", UUID.class)),
        DerivationKind.valueOf(rs.getString("kind")), rs.getString("tool"), rs.getString("file_name"),
        rs.getString("note"),
        new ContentHashes(rs.getString("sha256"), rs.getString("sha512"), rs.getLong("size_bytes")),
        rs.getString("media_type"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
        rs.getInt("custody_seq"));
  }
}

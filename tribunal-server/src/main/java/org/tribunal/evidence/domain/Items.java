package org.tribunal.evidence.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tribunal.evidence.AcquisitionMethod;
import org.tribunal.evidence.ContentHashes;
import org.tribunal.evidence.CustodyStatus;
import org.tribunal.evidence.Handling;
import org.tribunal.evidence.Provenance;
import org.tribunal.evidence.SubmissionView;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/** Items and their submissions in {@code evidence.item} and {@code evidence.submission}. */
@Repository
class Items {

  private static final String COLUMNS = "id, sha256, sha512, size_bytes, media_type, metadata::text AS metadata, "
      + "classification, compartments, status, custody_seq, received_at";

  private final JdbcClient jdbc;

  Items(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a new live item holding these bytes (other live items may hold them too). */
  void insert(UUID id, ContentHashes hashes, String mediaType, String metadataJson, Handling handling,
      Instant receivedAt) {
    jdbc.sql("""
        INSERT INTO evidence.item (id, sha256, sha512, size_bytes, media_type, metadata, classification,
                                   compartments, status, custody_seq, received_at)
        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?::text[], 'IN_CUSTODY', 0, ?)""")
        .params(id, hashes.sha256(), hashes.sha512(), hashes.size(), mediaType, metadataJson,
            handling.classification().name(), array(handling.compartments()), Timestamp.from(receivedAt))
        .update();
  }

  /**
   * Serialises intakes of the same content until the transaction ends, so two of them cannot both
   * decide that no item holds it yet.
   */
  void lockContent(String sha256) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 7))").param("evidence.item:" + sha256)
        .query((rs, n) -> 1).list();
  }

  Optional<ItemRow> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM evidence.item WHERE id = ?").param(id).query(Items::row).optional();
  }

  /** The item, locked until the transaction ends: custody events are appended one at a time. */
  Optional<ItemRow> lock(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM evidence.item WHERE id = ? FOR UPDATE").param(id)
        .query(Items::row).optional();
  }

  /** The live items holding these bytes, oldest first. */
  List<ItemRow> findLive(String sha256) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM evidence.item WHERE sha256 = ? AND status <> 'DESTROYED'"
        + " ORDER BY received_at, id").param(sha256).query(Items::row).list();
  }

  /** The live items holding these bytes, oldest first, locked until the transaction ends. */
  List<ItemRow> lockLive(String sha256) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM evidence.item WHERE sha256 = ? AND status <> 'DESTROYED'"
        + " ORDER BY received_at, id FOR UPDATE").param(sha256).query(Items::row).list();
  }

  List<ItemRow> bySha256(String sha256) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM evidence.item WHERE sha256 = ? ORDER BY received_at")
        .param(sha256).query(Items::row).list();
  }

  void updateHandling(UUID id, Handling handling) {
    jdbc.sql("UPDATE evidence.item SET classification = ?, compartments = ?::text[] WHERE id = ?")
        .params(handling.classification().name(), array(handling.compartments()), id).update();
  }

  /** Moves the chain on by one event; fails if another event got in first. */
  void advance(UUID id, int fromSeq, int toSeq, CustodyStatus status) {
    int n = jdbc.sql("UPDATE evidence.item SET custody_seq = ?, status = ? WHERE id = ? AND custody_seq = ?")
        .params(toSeq, status.name(), id, fromSeq).update();
    if (n != 1) {
      throw new IllegalStateException("custody chain of " + id + " moved concurrently");
    }
  }

  /**
   * One page of items a reader may see, newest first.
   *
   * @param levels the classifications the reader is cleared for
   * @param compartments the reader's compartments
   * @param state the reader's state when it sees only what is shared with it, or null (registry)
   */
  List<ItemRow> page(Set<Classification> levels, Set<String> compartments, @Nullable StateCode state,
      @Nullable Instant afterTime, @Nullable UUID afterId, int limit) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM evidence.item i WHERE i.classification = ANY(?::text[])"
        + " AND i.compartments <@ ?::text[]");
    List<Object> params = new ArrayList<>();
    params.add(array(levels.stream().map(Enum::name).collect(Collectors.toSet())));
    params.add(array(compartments));
    if (state != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM evidence.submission s WHERE s.item_id = i.id"
          + " AND (s.submitter_state = ? OR ? = ANY(s.shared_with)))");
      params.add(state.value());
      params.add(state.value());
    }
    if (afterTime != null && afterId != null) {
      sql.append(" AND (i.received_at, i.id) < (?, ?)");
      params.add(Timestamp.from(afterTime));
      params.add(afterId);
    }
    sql.append(" ORDER BY i.received_at DESC, i.id DESC LIMIT ?");
    params.add(limit);
    return jdbc.sql(sql.toString()).params(params).query(Items::row).list();
  }

  /** Every item whose bytes should be in the store (not destroyed). */
  List<ItemRow> kept() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM evidence.item WHERE status <> 'DESTROYED' ORDER BY received_at")
        .query(Items::row).list();
  }

  int nextSubmission(UUID itemId) {
    return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM evidence.submission WHERE item_id = ?")
        .param(itemId).query(Integer.class).single();
  }

  void insertSubmission(UUID itemId, int number, Instant receivedAt, String receivedBy, Provenance p) {
    jdbc.sql("""
        INSERT INTO evidence.submission (item_id, number, received_at, received_by, original_file_name,
          submitter_state, submitter_organisation, submitter_person, acquisition_method, acquired_on,
          acquired_at, consent, shared_with)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[])""")
        .params(itemId, number, Timestamp.from(receivedAt), receivedBy, p.originalFileName(),
            p.submitterState() == null ? null : p.submitterState().value(), p.submitterOrganisation(),
            p.submitterPerson(), p.acquisitionMethod().name(), p.acquiredOn(), p.acquiredAt(), p.consent(),
            array(p.sharedWith()))
        .update();
  }

  List<SubmissionView> submissions(UUID itemId) {
    return jdbc.sql("SELECT * FROM evidence.submission WHERE item_id = ? ORDER BY number").param(itemId)
        .query((rs, n) -> {
          String state = rs.getString("submitter_state");
          LocalDate acquiredOn = rs.getObject("acquired_on", LocalDate.class);
          Provenance p = new Provenance(rs.getString("original_file_name"), state == null ? null : StateCode.of(state),
              rs.getString("submitter_organisation"), rs.getString("submitter_person"),
              AcquisitionMethod.valueOf(rs.getString("acquisition_method")), acquiredOn, rs.getString("acquired_at"),
              rs.getString("consent"), strings(rs.getArray("shared_with")));
          return new SubmissionView(rs.getInt("number"), rs.getTimestamp("received_at").toInstant(),
              rs.getString("received_by"), p);
        })
        .list();
  }

  static ItemRow row(ResultSet rs, int n) throws SQLException {
    return new ItemRow(
        rs.getObject("id", UUID.class),
        new ContentHashes(rs.getString("sha256"), rs.getString("sha512"), rs.getLong("size_bytes")),
        rs.getString("media_type"),
        rs.getString("metadata"),
        new Handling(Classification.valueOf(rs.getString("classification")), strings(rs.getArray("compartments"))),
        CustodyStatus.valueOf(rs.getString("status")),
        rs.getInt("custody_seq"),
        rs.getTimestamp("received_at").toInstant());
  }

  static Set<String> strings(@Nullable Array array) throws SQLException {
    if (array == null) {
      return Set.of();
    }
    return Set.copyOf(Arrays.asList((String[]) array.getArray()));
  }

  /** A PostgreSQL array literal; every element was validated to hold no quotes, commas or braces. */
  static String array(Set<String> values) {
    return values.stream().sorted().map(v -> '"' + v + '"').collect(Collectors.joining(",", "{", "}"));
  }
}

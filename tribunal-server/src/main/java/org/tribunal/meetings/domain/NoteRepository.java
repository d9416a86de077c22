package org.tribunal.meetings.domain;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tribunal.access.CurrentUser;
import org.tribunal.meetings.AttachmentView;
import org.tribunal.meetings.MeetingId;
import org.tribunal.meetings.NoteFilter;
import org.tribunal.meetings.NoteId;
import org.tribunal.meetings.NoteSummary;
import org.tribunal.meetings.NoteVersionView;
import org.tribunal.meetings.NoteView;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/**
 * Notes in the {@code meetings} schema. Every read method takes the reader and adds the visibility
 * predicate to its SQL ({@code level <= rank AND compartments <@ reader's}), so no row the reader may
 * not read ever leaves the database: not in a page, a count, an export, nor a lookup by id.
 */
@Repository
class NoteRepository {

  private static final String VISIBLE = " n.level <= ? AND n.compartments <@ ?::text[] ";
  private static final String COLUMNS = "n.id, n.version, n.author_state, n.author_body, n.addressees, n.note_date,"
      + " n.subject, n.body, n.classification, n.compartments, n.meeting_ids, n.state_codes, n.text_ids,"
      + " n.recorded_by, n.recorded_at";

  private final JdbcClient jdbc;

  NoteRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The note with {@code id} if {@code reader} may read it; empty otherwise, exactly as for no note. */
  Optional<NoteView> findReadable(NoteId id, CurrentUser reader, boolean forUpdate) {
    List<Object> params = new ArrayList<>(visibility(reader));
    params.add(0, id.value());
    return jdbc.sql("SELECT " + COLUMNS + " FROM meetings.note n WHERE n.id = ? AND" + VISIBLE
            + (forUpdate ? " FOR UPDATE" : ""))
        .params(params)
        .query((rs, i) -> note(rs, attachments(new NoteId(rs.getObject("id", UUID.class)))))
        .optional();
  }

  void insert(NoteView n) {
    jdbc.sql("""
        INSERT INTO meetings.note (id, version, author_state, author_body, addressees, note_date, subject, body,
          classification, level, compartments, meeting_ids, state_codes, text_ids, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?::text[], ?::uuid[], ?::text[], ?::text[], ?, ?)""")
        .params(n.id().value(), n.version(), n.authorState() == null ? null : n.authorState().value(), n.authorBody(),
            array(n.addressees()), Date.valueOf(n.date()), n.subject(), n.text(), n.classification().name(),
            Marking.rank(n.classification()), array(n.compartments()),
            array(n.meetings().stream().map(MeetingId::toString).toList()),
            array(n.states().stream().map(StateCode::value).toList()), array(n.texts()), n.recordedBy(),
            Timestamp.from(n.recordedAt()))
        .update();
  }

  void insertAttachment(NoteId note, AttachmentView a, byte[] content) {
    jdbc.sql("""
        INSERT INTO meetings.note_attachment (id, note_id, filename, media_type, sha256, size, content)
        VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(a.id(), note.value(), a.filename(), a.mediaType(), a.sha256(), a.size(), content)
        .update();
  }

  void updateMarking(NoteId id, int version, Marking marking, String actor, java.time.Instant at) {
    jdbc.sql("""
        UPDATE meetings.note SET version = ?, classification = ?, level = ?, compartments = ?::text[],
          recorded_by = ?, recorded_at = ? WHERE id = ? AND version = ?""")
        .params(version, marking.classification().name(), Marking.rank(marking.classification()),
            array(marking.compartments()), actor, Timestamp.from(at), id.value(), version - 1)
        .update();
  }

  void insertVersion(NoteId id, int version, Marking marking, @Nullable String reason, @Nullable String salt,
      @Nullable String commitment, String actor, java.time.Instant at) {
    jdbc.sql("""
        INSERT INTO meetings.note_version (note_id, version, classification, compartments, reason, salt, commitment,
          recorded_by, recorded_at) VALUES (?, ?, ?, ?::text[], ?, ?, ?, ?, ?)""")
        .params(id.value(), version, marking.classification().name(), array(marking.compartments()), reason, salt,
            commitment, actor, Timestamp.from(at))
        .update();
  }

  List<NoteVersionView> versions(NoteId id) {
    return jdbc.sql("""
        SELECT version, classification, compartments, reason, recorded_by, recorded_at
        FROM meetings.note_version WHERE note_id = ? ORDER BY version""")
        .param(id.value())
        .query((rs, i) -> new NoteVersionView(rs.getInt("version"), Classification.valueOf(rs.getString("classification")),
            Set.of(strings(rs.getArray("compartments"))), rs.getString("reason"), rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  List<AttachmentView> attachments(NoteId id) {
    return jdbc.sql("SELECT id, filename, media_type, sha256, size FROM meetings.note_attachment WHERE note_id = ?"
            + " ORDER BY filename, id")
        .param(id.value())
        .query((rs, i) -> new AttachmentView(rs.getObject("id", UUID.class), rs.getString("filename"),
            rs.getString("media_type"), rs.getString("sha256"), rs.getInt("size")))
        .list();
  }

  Optional<byte[]> attachmentContent(NoteId note, UUID attachment) {
    return jdbc.sql("SELECT content FROM meetings.note_attachment WHERE note_id = ? AND id = ?")
        .params(note.value(), attachment).query((rs, i) -> rs.getBytes("content")).optional();
  }

  /** Readable notes matching {@code filter} after the keyset position, latest first. */
  List<NoteSummary> select(NoteFilter filter, CurrentUser reader, Cursors.@Nullable Position after, int limit) {
    List<Object> params = new ArrayList<>();
    String where = where(filter, reader, params);
    if (after != null) {
      where += " AND (n.note_date, n.id) < (?, ?)";
      params.add(Date.valueOf(after.date()));
      params.add(after.id());
    }
    return jdbc.sql("SELECT n.id, n.version, coalesce(n.author_state, n.author_body) AS author, n.note_date, n.subject,"
            + " n.classification, n.compartments FROM meetings.note n WHERE " + where
            + " ORDER BY n.note_date DESC, n.id DESC LIMIT " + limit)
        .params(params)
        .query((rs, i) -> new NoteSummary(new NoteId(rs.getObject("id", UUID.class)), rs.getInt("version"),
            rs.getString("author"), rs.getDate("note_date").toLocalDate(), rs.getString("subject"),
            Classification.valueOf(rs.getString("classification")), Set.of(strings(rs.getArray("compartments")))))
        .list();
  }

  /** Full readable notes (for exports), after the keyset position, latest first. */
  List<NoteView> selectFull(NoteFilter filter, CurrentUser reader, Cursors.@Nullable Position after, int limit) {
    List<Object> params = new ArrayList<>();
    String where = where(filter, reader, params);
    if (after != null) {
      where += " AND (n.note_date, n.id) < (?, ?)";
      params.add(Date.valueOf(after.date()));
      params.add(after.id());
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM meetings.note n WHERE " + where
            + " ORDER BY n.note_date DESC, n.id DESC LIMIT " + limit)
        .params(params)
        .query((rs, i) -> note(rs, List.of()))
        .list();
  }

  long count(NoteFilter filter, CurrentUser reader) {
    List<Object> params = new ArrayList<>();
    String where = where(filter, reader, params);
    return jdbc.sql("SELECT count(*) FROM meetings.note n WHERE " + where).params(params).query(Long.class).single();
  }

  private static String where(NoteFilter filter, CurrentUser reader, List<Object> params) {
    StringBuilder sql = new StringBuilder(VISIBLE);
    params.addAll(visibility(reader));
    if (filter.meeting() != null) {
      sql.append(" AND ?::uuid = ANY (n.meeting_ids)");
      params.add(filter.meeting().value());
    }
    if (filter.state() != null) {
      sql.append(" AND (n.author_state = ? OR ? = ANY (n.addressees) OR ? = ANY (n.state_codes))");
      params.add(filter.state().value());
      params.add(filter.state().value());
      params.add(filter.state().value());
    }
    if (filter.classification() != null) {
      sql.append(" AND n.classification = ?");
      params.add(filter.classification().name());
    }
    if (filter.text() != null) {
      for (String word : filter.text().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        sql.append(" AND (lower(n.subject) LIKE ? OR lower(n.body) LIKE ?)");
        params.add(like);
        params.add(like);
      }
    }
    return sql.toString();
  }

  private static List<Object> visibility(CurrentUser reader) {
    return List.of(Marking.rank(reader.clearance()), array(reader.compartments()));
  }

  /** A PostgreSQL array literal, so the pool's driver needs no array support. */
  static String array(Collection<String> values) {
    return values.stream()
        .map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static NoteView note(ResultSet rs, List<AttachmentView> attachments) throws SQLException {
    String state = rs.getString("author_state");
    return new NoteView(
        new NoteId(rs.getObject("id", UUID.class)),
        rs.getInt("version"),
        state == null ? null : StateCode.of(state),
        rs.getString("author_body"),
        Arrays.asList(strings(rs.getArray("addressees"))),
        rs.getDate("note_date").toLocalDate(),
        rs.getString("subject"),
        rs.getString("body"),
        Classification.valueOf(rs.getString("classification")),
        Set.of(strings(rs.getArray("compartments"))),
        Arrays.stream(objects(rs.getArray("meeting_ids"))).map(o -> new MeetingId((UUID) o)).toList(),
        Arrays.stream(strings(rs.getArray("state_codes"))).map(StateCode::of).toList(),
        Arrays.asList(strings(rs.getArray("text_ids"))),
        attachments,
        rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }

  private static String[] strings(@Nullable Array array) throws SQLException {
    return array == null ? new String[0] : (String[]) array.getArray();
  }

  private static Object[] objects(@Nullable Array array) throws SQLException {
    return array == null ? new Object[0] : (Object[]) array.getArray();
  }
}

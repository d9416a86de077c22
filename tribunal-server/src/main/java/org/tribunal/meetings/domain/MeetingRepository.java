package org.tribunal.meetings.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tribunal.meetings.AgendaItemView;
import org.tribunal.meetings.AttendanceLevel;
import org.tribunal.meetings.AttendanceView;
import org.tribunal.meetings.DocumentView;
import org.tribunal.meetings.MeetingFilter;
import org.tribunal.meetings.MeetingId;
import org.tribunal.meetings.MeetingStatus;
import org.tribunal.meetings.MeetingVersionView;
import org.tribunal.meetings.MeetingView;
import org.tribunal.meetings.OutcomeKind;
import org.tribunal.meetings.OutcomeView;
import org.tribunal.meetings.Presence;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;
import tools.jackson.databind.json.JsonMapper;

/** Meetings and their facts in the {@code meetings} schema. */
@Repository
class MeetingRepository {

  static final String ORDER_KEY = "coalesce(start_date, DATE '0001-01-01')";
  private static final String COLUMNS = "id, version, body_id, number, title, place, start_date, end_date, status,"
      + " unconfirmed, note, source_title, source_publisher, source_date, source_url, recorded_by, recorded_at";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  MeetingRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<MeetingView> find(MeetingId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM meetings.meeting WHERE id = ?").param(id.value())
        .query(MeetingRepository::meeting).optional();
  }

  /**
   * The meeting as the record stood just before {@code cutoff}: the latest version recorded before it
   * (its source is fixed at creation), or empty if the meeting had not yet been recorded.
   */
  Optional<MeetingView> findAsRecordedBefore(MeetingId id, Instant cutoff) {
    return jdbc.sql("""
        SELECT m.id, v.version, m.body_id, (v.content ->> 'number')::integer AS number, v.content ->> 'title' AS title,
          v.content ->> 'place' AS place, (v.content ->> 'startDate')::date AS start_date,
          (v.content ->> 'endDate')::date AS end_date, v.content ->> 'status' AS status,
          (v.content ->> 'unconfirmed')::boolean AS unconfirmed, v.content ->> 'note' AS note, m.source_title,
          m.source_publisher, m.source_date, m.source_url, v.recorded_by, v.recorded_at
        FROM meetings.meeting m JOIN meetings.meeting_version v ON v.meeting_id = m.id
        WHERE m.id = ? AND v.recorded_at < ? ORDER BY v.version DESC LIMIT 1""")
        .params(id.value(), Timestamp.from(cutoff))
        .query(MeetingRepository::meeting).optional();
  }

  /** Locks the meeting row for the rest of the transaction. */
  Optional<MeetingView> findForUpdate(MeetingId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM meetings.meeting WHERE id = ? FOR UPDATE").param(id.value())
        .query(MeetingRepository::meeting).optional();
  }

  void insert(Meeting meeting, @Nullable String reason) {
    MeetingView m = meeting.view();
    jdbc.sql("INSERT INTO meetings.meeting (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(m.id().value(), m.version(), m.bodyId(), m.number(), m.title(), m.place(), date(m.startDate()),
            date(m.endDate()), m.status().name(), m.unconfirmed(), m.note(), m.source().title(),
            m.source().publisher(), date(m.source().date()), m.source().url(), m.recordedBy(),
            Timestamp.from(m.recordedAt()))
        .update();
    insertVersion(meeting, reason);
  }

  void update(Meeting meeting, @Nullable String reason) {
    MeetingView m = meeting.view();
    int changed = jdbc.sql("""
        UPDATE meetings.meeting SET version = ?, start_date = ?, end_date = ?, status = ?, recorded_by = ?,
          recorded_at = ? WHERE id = ? AND version = ?""")
        .params(m.version(), date(m.startDate()), date(m.endDate()), m.status().name(), m.recordedBy(),
            Timestamp.from(m.recordedAt()), m.id().value(), m.version() - 1)
        .update();
    if (changed != 1) {
      throw new org.springframework.dao.OptimisticLockingFailureException("meeting " + m.id() + " changed meanwhile");
    }
    insertVersion(meeting, reason);
  }

  private void insertVersion(Meeting meeting, @Nullable String reason) {
    MeetingView m = meeting.view();
    jdbc.sql("""
        INSERT INTO meetings.meeting_version (meeting_id, version, content, reason, recorded_by, recorded_at)
        VALUES (?, ?, ?::jsonb, ?, ?, ?)""")
        .params(m.id().value(), m.version(), json.writeValueAsString(meeting.content()), reason, m.recordedBy(),
            Timestamp.from(m.recordedAt()))
        .update();
  }

  List<MeetingVersionView> versions(MeetingId id) {
    return jdbc.sql("""
        SELECT version, content ->> 'status' AS status, reason, recorded_by, recorded_at
        FROM meetings.meeting_version WHERE meeting_id = ? ORDER BY version""")
        .param(id.value())
        .query((rs, i) -> new MeetingVersionView(rs.getInt("version"), MeetingStatus.valueOf(rs.getString("status")),
            rs.getString("reason"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  /** Meetings matching {@code filter} after the keyset position, latest first, at most {@code limit}. */
  List<MeetingView> select(MeetingFilter filter, Cursors.@Nullable Position after, int limit) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM meetings.meeting WHERE true");
    List<Object> params = new ArrayList<>();
    if (filter.bodyId() != null) {
      sql.append(" AND body_id = ?");
      params.add(filter.bodyId());
    }
    if (filter.status() != null) {
      sql.append(" AND status = ?");
      params.add(filter.status().name());
    }
    if (filter.from() != null) {
      sql.append(" AND coalesce(end_date, start_date) >= ?");
      params.add(Date.valueOf(filter.from()));
    }
    if (filter.to() != null) {
      sql.append(" AND start_date <= ?");
      params.add(Date.valueOf(filter.to()));
    }
    if (after != null) {
      sql.append(" AND (" + ORDER_KEY + ", id) < (?, ?)");
      params.add(Date.valueOf(after.date()));
      params.add(after.id());
    }
    sql.append(" ORDER BY " + ORDER_KEY + " DESC, id DESC LIMIT ").append(limit);
    return jdbc.sql(sql.toString()).params(params).query(MeetingRepository::meeting).list();
  }

  List<MeetingView> overlapping(LocalDate from, LocalDate to) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM meetings.meeting WHERE start_date <= ? AND coalesce(end_date, start_date) >= ?"
            + " ORDER BY start_date, id")
        .params(Date.valueOf(to), Date.valueOf(from)).query(MeetingRepository::meeting).list();
  }

  List<MeetingView> planned() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM meetings.meeting WHERE status = 'PLANNED' AND start_date IS NOT NULL"
            + " ORDER BY start_date, id")
        .query(MeetingRepository::meeting).list();
  }

  void insertAttendance(MeetingId meeting, AttendanceView a, String actor) {
    jdbc.sql("""
        INSERT INTO meetings.attendance (id, meeting_id, state_code, delegation, level, presence, unconfirmed,
          source_title, source_url, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())""")
        .params(a.id(), meeting.value(), a.state().value(), a.delegation(), a.level().name(), a.presence().name(),
            a.unconfirmed(), a.source().title(), a.source().url(), actor)
        .update();
  }

  boolean hasAttendance(MeetingId meeting, StateCode state) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM meetings.attendance WHERE meeting_id = ? AND state_code = ?)")
        .params(meeting.value(), state.value()).query(Boolean.class).single();
  }

  List<AttendanceView> attendance(MeetingId meeting, Instant cutoff) {
    return jdbc.sql("SELECT * FROM meetings.attendance WHERE meeting_id = ? AND recorded_at < ? ORDER BY state_code")
        .params(meeting.value(), Timestamp.from(cutoff))
        .query((rs, i) -> new AttendanceView(rs.getObject("id", UUID.class), StateCode.of(rs.getString("state_code")),
            rs.getString("delegation"), AttendanceLevel.valueOf(rs.getString("level")),
            Presence.valueOf(rs.getString("presence")), rs.getBoolean("unconfirmed"), source(rs)))
        .list();
  }

  int nextAgendaPosition(MeetingId meeting) {
    return jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM meetings.agenda_item WHERE meeting_id = ?")
        .param(meeting.value()).query(Integer.class).single();
  }

  void insertAgendaItem(MeetingId meeting, AgendaItemView item, String actor) {
    jdbc.sql("""
        INSERT INTO meetings.agenda_item (id, meeting_id, position, title, unconfirmed, source_title, source_url,
          recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())""")
        .params(item.id(), meeting.value(), item.position(), item.title(), item.unconfirmed(), item.source().title(),
            item.source().url(), actor)
        .update();
  }

  List<AgendaItemView> agenda(MeetingId meeting, Instant cutoff) {
    return jdbc.sql("SELECT * FROM meetings.agenda_item WHERE meeting_id = ? AND recorded_at < ? ORDER BY position")
        .params(meeting.value(), Timestamp.from(cutoff))
        .query((rs, i) -> new AgendaItemView(rs.getObject("id", UUID.class), rs.getInt("position"),
            rs.getString("title"), rs.getBoolean("unconfirmed"), source(rs)))
        .list();
  }

  void insertOutcome(MeetingId meeting, OutcomeView o, String actor) {
    jdbc.sql("""
        INSERT INTO meetings.outcome (id, meeting_id, kind, summary, text_id, state_code, unconfirmed, source_title,
          source_url, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())""")
        .params(o.id(), meeting.value(), o.kind().name(), o.summary(), o.textId(),
            o.state() == null ? null : o.state().value(), o.unconfirmed(), o.source().title(), o.source().url(), actor)
        .update();
  }

  List<OutcomeView> outcomes(MeetingId meeting, Instant cutoff) {
    return jdbc.sql("SELECT * FROM meetings.outcome WHERE meeting_id = ? AND recorded_at < ? ORDER BY recorded_at, id")
        .params(meeting.value(), Timestamp.from(cutoff))
        .query((rs, i) -> {
          String state = rs.getString("state_code");
          return new OutcomeView(rs.getObject("id", UUID.class), OutcomeKind.valueOf(rs.getString("kind")),
              rs.getString("summary"), rs.getString("text_id"), state == null ? null : StateCode.of(state),
              rs.getBoolean("unconfirmed"), source(rs));
        })
        .list();
  }

  void insertDocument(MeetingId meeting, DocumentView d, String actor) {
    jdbc.sql("""
        INSERT INTO meetings.document (id, meeting_id, title, url, unconfirmed, source_title, source_url,
          recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())""")
        .params(d.id(), meeting.value(), d.title(), d.url(), d.unconfirmed(), d.source().title(), d.source().url(),
            actor)
        .update();
  }

  List<DocumentView> documents(MeetingId meeting, Instant cutoff) {
    return jdbc.sql("SELECT * FROM meetings.document WHERE meeting_id = ? AND recorded_at < ? ORDER BY recorded_at, id")
        .params(meeting.value(), Timestamp.from(cutoff))
        .query((rs, i) -> new DocumentView(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("url"),
            rs.getBoolean("unconfirmed"), source(rs)))
        .list();
  }

  private static SourceRef source(ResultSet rs) throws SQLException {
    return new SourceRef(rs.getString("source_title"), null, null, rs.getString("source_url"));
  }

  static MeetingView meeting(ResultSet rs, int row) throws SQLException {
    Date sourceDate = rs.getDate("source_date");
    return new MeetingView(
        new MeetingId(rs.getObject("id", UUID.class)),
        rs.getInt("version"),
        rs.getString("body_id"),
        rs.getObject("number", Integer.class),
        rs.getString("title"),
        rs.getString("place"),
        localDate(rs.getDate("start_date")),
        localDate(rs.getDate("end_date")),
        MeetingStatus.valueOf(rs.getString("status")),
        rs.getBoolean("unconfirmed"),
        rs.getString("note"),
        new SourceRef(rs.getString("source_title"), rs.getString("source_publisher"), localDate(sourceDate),
            rs.getString("source_url")),
        rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }

  private static @Nullable LocalDate localDate(@Nullable Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static @Nullable Date date(@Nullable LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }
}

package org.tribunal.meetings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tribunal.meetings.AgendaItemView;
import org.tribunal.meetings.AttendanceLevel;
import org.tribunal.meetings.AttendanceView;
import org.tribunal.meetings.DocumentView;
import org.tribunal.meetings.MeetingDetail;
import org.tribunal.meetings.MeetingStatus;
import org.tribunal.meetings.MeetingVersionView;
import org.tribunal.meetings.MeetingView;
import org.tribunal.meetings.OutcomeKind;
import org.tribunal.meetings.OutcomeView;
import org.tribunal.meetings.Presence;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/** Request and response bodies of the meetings API. */
final class MeetingBodies {

  private MeetingBodies() {}

  /** A page of a list. */
  record Page<T>(List<T> items, @Nullable String next) {}

  /** Where a fact comes from. */
  record Source(String title, @Nullable String publisher, @Nullable LocalDate date, @Nullable String url) {

    static Source of(SourceRef s) {
      return new Source(s.title(), s.publisher(), s.date(), s.url());
    }

    static SourceRef toRef(@Nullable Source s) {
      if (s == null || s.title() == null || s.title().isBlank()) {
        throw org.tribunal.meetings.InvalidMeetingException.field("source", "Every fact needs a source with a title.");
      }
      return new SourceRef(s.title(), s.publisher(), s.date(), s.url());
    }
  }

  record CreateMeeting(String bodyId, @Nullable Integer number, @Nullable String title, @Nullable String place,
      @Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable MeetingStatus status,
      @Nullable Boolean unconfirmed, @Nullable String note, @Nullable Source source) {}

  record ChangeStatus(@Nullable MeetingStatus status, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
      @Nullable String reason) {}

  record RecordAttendance(String state, @Nullable String delegation, @Nullable AttendanceLevel level,
      @Nullable Presence presence, @Nullable Boolean unconfirmed, @Nullable Source source) {}

  record AddAgendaItem(String title, @Nullable Boolean unconfirmed, @Nullable Source source) {}

  record RecordOutcome(@Nullable OutcomeKind kind, String summary, @Nullable String textId, @Nullable String state,
      @Nullable Boolean unconfirmed, @Nullable Source source) {}

  record AddDocument(String title, @Nullable String url, @Nullable Boolean unconfirmed, @Nullable Source source) {}

  record MeetingResponse(String id, int version, String bodyId, @Nullable Integer number, @Nullable String title,
      @Nullable String place, @Nullable LocalDate startDate, @Nullable LocalDate endDate, MeetingStatus status,
      boolean unconfirmed, @Nullable String note, Source source, String recordedBy, Instant recordedAt) {

    static MeetingResponse of(MeetingView m) {
      return new MeetingResponse(m.id().toString(), m.version(), m.bodyId(), m.number(), m.title(), m.place(),
          m.startDate(), m.endDate(), m.status(), m.unconfirmed(), m.note(), Source.of(m.source()), m.recordedBy(),
          m.recordedAt());
    }
  }

  record AttendanceResponse(String id, String state, @Nullable String delegation, AttendanceLevel level,
      Presence presence, boolean unconfirmed, Source source) {

    static AttendanceResponse of(AttendanceView a) {
      return new AttendanceResponse(a.id().toString(), a.state().value(), a.delegation(), a.level(), a.presence(),
          a.unconfirmed(), Source.of(a.source()));
    }
  }

  record AgendaItemResponse(String id, int position, String title, boolean unconfirmed, Source source) {

    static AgendaItemResponse of(AgendaItemView a) {
      return new AgendaItemResponse(a.id().toString(), a.position(), a.title(), a.unconfirmed(), Source.of(a.source()));
    }
  }

  record OutcomeResponse(String id, OutcomeKind kind, String summary, @Nullable String textId,
      @Nullable String state, boolean unconfirmed, Source source) {

    static OutcomeResponse of(OutcomeView o) {
      return new OutcomeResponse(o.id().toString(), o.kind(), o.summary(), o.textId(),
          o.state() == null ? null : o.state().value(), o.unconfirmed(), Source.of(o.source()));
    }
  }

  record DocumentResponse(String id, String title, @Nullable String url, boolean unconfirmed, Source source) {

    static DocumentResponse of(DocumentView d) {
      return new DocumentResponse(d.id().toString(), d.title(), d.url(), d.unconfirmed(), Source.of(d.source()));
    }
  }

  record MeetingDetailResponse(MeetingResponse meeting, List<AttendanceResponse> attendance,
      List<AgendaItemResponse> agenda, List<OutcomeResponse> outcomes, List<DocumentResponse> documents) {

    static MeetingDetailResponse of(MeetingDetail d) {
      return new MeetingDetailResponse(MeetingResponse.of(d.meeting()),
          d.attendance().stream().map(AttendanceResponse::of).toList(),
          d.agenda().stream().map(AgendaItemResponse::of).toList(),
          d.outcomes().stream().map(OutcomeResponse::of).toList(),
          d.documents().stream().map(DocumentResponse::of).toList());
    }
  }

  record VersionResponse(int version, MeetingStatus status, @Nullable String reason, String recordedBy,
      Instant recordedAt) {

    static VersionResponse of(MeetingVersionView v) {
      return new VersionResponse(v.version(), v.status(), v.reason(), v.recordedBy(), v.recordedAt());
    }
  }

  /** {@code value}, or a 422 problem naming {@code field} when it is absent. */
  static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw org.tribunal.meetings.InvalidMeetingException.field(field, "'" + field + "' is required.");
    }
    return value;
  }

  static StateCode state(@Nullable String code, String field) {
    if (code == null || code.isBlank()) {
      throw org.tribunal.meetings.InvalidMeetingException.field(field, "'" + field + "' is required.");
    }
    return StateCode.of(code.strip().toUpperCase(java.util.Locale.ROOT));
  }
}

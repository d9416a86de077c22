package org.tribunal.meetings.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.coalition.BodyId;
import org.tribunal.coalition.CoalitionQueries;
import org.tribunal.meetings.AgendaItemView;
import org.tribunal.meetings.AttendanceView;
import org.tribunal.meetings.DocumentView;
import org.tribunal.meetings.InvalidMeetingException;
import org.tribunal.meetings.MeetingId;
import org.tribunal.meetings.MeetingManagement;
import org.tribunal.meetings.MeetingView;
import org.tribunal.meetings.NewAgendaItem;
import org.tribunal.meetings.NewAttendance;
import org.tribunal.meetings.NewDocument;
import org.tribunal.meetings.NewMeeting;
import org.tribunal.meetings.NewOutcome;
import org.tribunal.meetings.OutcomeKind;
import org.tribunal.meetings.OutcomeView;
import org.tribunal.meetings.StatusChange;
import org.tribunal.meetings.UnknownMeetingException;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/** {@link MeetingManagement} on {@link MeetingRepository}; each change appends one public record entry. */
@Service
class DefaultMeetingManagement implements MeetingManagement {

  private final MeetingRepository meetings;
  private final CoalitionQueries coalition;
  private final PublicRecord record;

  DefaultMeetingManagement(MeetingRepository meetings, CoalitionQueries coalition, PublicRecord record) {
    this.meetings = meetings;
    this.coalition = coalition;
    this.record = record;
  }

  @Override
  @Transactional
  public MeetingView record(NewMeeting command, String actor) {
    Meeting meeting = Meeting.record(MeetingId.random(), command, actor, now());
    requireBody(meeting.view().bodyId());
    meetings.insert(meeting, null);
    MeetingView m = meeting.view();
    record.append(new RecordEntry("meetings.meeting", m.id().toString(), 1, m.startDate(), actor, m.source(),
        meeting.content()));
    return m;
  }

  @Override
  @Transactional
  public MeetingView changeStatus(MeetingId id, StatusChange change, String actor) {
    Meeting next = existing(id).moveTo(change, actor, now());
    String reason = Texts.optional(change.reason(), "reason", 1000, InvalidMeetingException::field);
    meetings.update(next, reason);
    MeetingView m = next.view();
    Map<String, @Nullable Object> content = next.content();
    content.put("reason", reason);
    record.append(new RecordEntry("meetings.meeting", id.toString(), m.version(), m.startDate(), actor, m.source(),
        content));
    return m;
  }

  @Override
  @Transactional
  public AttendanceView recordAttendance(MeetingId id, NewAttendance c, String actor) {
    Meeting meeting = existing(id);
    meeting.requireHeld("attendance");
    requireState(c.state(), "state");
    if (meetings.hasAttendance(id, c.state())) {
      throw InvalidMeetingException.field("state", "The attendance of " + c.state().value()
          + " at this meeting is already recorded.");
    }
    AttendanceView a = new AttendanceView(UUID.randomUUID(), c.state(),
        Texts.optional(c.delegation(), "delegation", 500, InvalidMeetingException::field), c.level(), c.presence(),
        c.unconfirmed(), c.source());
    meetings.insertAttendance(id, a, actor);
    Map<String, @Nullable Object> data = fact(id, c.unconfirmed(), c.source());
    data.put("state", a.state().value());
    data.put("delegation", a.delegation());
    data.put("level", a.level().name());
    data.put("presence", a.presence().name());
    record.append(new RecordEntry("meetings.attendance", a.id().toString(), 1, meeting.view().startDate(), actor,
        c.source(), data));
    return a;
  }

  @Override
  @Transactional
  public AgendaItemView addAgendaItem(MeetingId id, NewAgendaItem c, String actor) {
    Meeting meeting = existing(id);
    meeting.requireNotCancelled("agenda items");
    AgendaItemView item = new AgendaItemView(UUID.randomUUID(), meetings.nextAgendaPosition(id),
        Texts.required(c.title(), "title", 500, InvalidMeetingException::field), c.unconfirmed(), c.source());
    meetings.insertAgendaItem(id, item, actor);
    Map<String, @Nullable Object> data = fact(id, c.unconfirmed(), c.source());
    data.put("position", item.position());
    data.put("title", item.title());
    record.append(new RecordEntry("meetings.agenda-item", item.id().toString(), 1, meeting.view().startDate(), actor,
        c.source(), data));
    return item;
  }

  @Override
  @Transactional
  public OutcomeView recordOutcome(MeetingId id, NewOutcome c, String actor) {
    Meeting meeting = existing(id);
    meeting.requireHeld("outcomes");
    if ((c.kind() == OutcomeKind.OBJECTION) != (c.state() != null)) {
      throw InvalidMeetingException.field("state", "An objection names the objecting state; other outcomes name none.");
    }
    if (c.state() != null) {
      requireState(c.state(), "state");
    }
    String textId = Texts.optional(c.textId(), "textId", 100, InvalidMeetingException::field);
    if (textId != null && c.kind() != OutcomeKind.STATEMENT_ADOPTED) {
      throw InvalidMeetingException.field("textId", "Only an adopted statement links to a text.");
    }
    OutcomeView o = new OutcomeView(UUID.randomUUID(), c.kind(),
        Texts.required(c.summary(), "summary", 2000, InvalidMeetingException::field), textId, c.state(),
        c.unconfirmed(), c.source());
    meetings.insertOutcome(id, o, actor);
    Map<String, @Nullable Object> data = fact(id, c.unconfirmed(), c.source());
    data.put("kind", o.kind().name());
    data.put("summary", o.summary());
    data.put("textId", o.textId());
    data.put("state", o.state() == null ? null : o.state().value());
    record.append(new RecordEntry("meetings.outcome", o.id().toString(), 1, meeting.view().startDate(), actor,
        c.source(), data));
    return o;
  }

  @Override
  @Transactional
  public DocumentView addDocument(MeetingId id, NewDocument c, String actor) {
    Meeting meeting = existing(id);
    DocumentView d = new DocumentView(UUID.randomUUID(),
        Texts.required(c.title(), "title", 500, InvalidMeetingException::field),
        Texts.optional(c.url(), "url", 2000, InvalidMeetingException::field), c.unconfirmed(), c.source());
    meetings.insertDocument(id, d, actor);
    Map<String, @Nullable Object> data = fact(id, c.unconfirmed(), c.source());
    data.put("title", d.title());
    data.put("url", d.url());
    record.append(new RecordEntry("meetings.document", d.id().toString(), 1, meeting.view().startDate(), actor,
        c.source(), data));
    return d;
  }

  private Meeting existing(MeetingId id) {
    return Meeting.of(meetings.findForUpdate(id).orElseThrow(() -> UnknownMeetingException.withId(id)));
  }

  private void requireBody(String bodyId) {
    boolean known = bodyId.matches("[A-Z0-9_]{2,40}")
        && coalition.bodies().stream().anyMatch(b -> b.id().equals(BodyId.of(bodyId)));
    if (!known) {
      throw InvalidMeetingException.field("bodyId", "No body '" + bodyId + "' is registered.");
    }
  }

  private void requireState(StateCode state, String field) {
    if (coalition.findState(state).isEmpty()) {
      throw InvalidMeetingException.field(field, "No state '" + state.value() + "' is registered.");
    }
  }

  private static Map<String, @Nullable Object> fact(MeetingId meeting, boolean unconfirmed, SourceRef source) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("meetingId", meeting.toString());
    data.put("unconfirmed", unconfirmed);
    return data;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}

package org.tribunal.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.meetings.MeetingDetail;
import org.tribunal.meetings.MeetingFilter;
import org.tribunal.meetings.MeetingId;
import org.tribunal.meetings.MeetingQueries;
import org.tribunal.meetings.MeetingVersionView;
import org.tribunal.meetings.MeetingView;
import org.tribunal.meetings.ResultPage;
import org.tribunal.meetings.UnknownMeetingException;

/** {@link MeetingQueries} on {@link MeetingRepository}. */
@Service
class DefaultMeetingQueries implements MeetingQueries {

  static final String CURSOR = "m";
  private static final int EXPORT_BATCH = 500;
  /** A cutoff after every recorded fact. */
  private static final Instant EVERYTHING = Instant.parse("9999-12-31T23:59:59Z");

  private final MeetingRepository meetings;

  DefaultMeetingQueries(MeetingRepository meetings) {
    this.meetings = meetings;
  }

  @Override
  @Transactional(readOnly = true)
  public MeetingDetail get(MeetingId id) {
    MeetingView meeting = meetings.find(id).orElseThrow(() -> UnknownMeetingException.withId(id));
    return detail(meeting, EVERYTHING);
  }

  @Override
  @Transactional(readOnly = true)
  public MeetingDetail get(MeetingId id, LocalDate asOf) {
    Instant cutoff = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    MeetingView meeting = meetings.findAsRecordedBefore(id, cutoff)
        .orElseThrow(() -> UnknownMeetingException.withId(id));
    return detail(meeting, cutoff);
  }

  private MeetingDetail detail(MeetingView meeting, Instant cutoff) {
    MeetingId id = meeting.id();
    return new MeetingDetail(meeting, meetings.attendance(id, cutoff), meetings.agenda(id, cutoff),
        meetings.outcomes(id, cutoff), meetings.documents(id, cutoff));
  }

  @Override
  @Transactional(readOnly = true)
  public ResultPage<MeetingView> list(MeetingFilter filter, int limit, @Nullable String after) {
    int size = Cursors.limit(limit);
    List<MeetingView> rows = meetings.select(filter, after == null ? null : Cursors.decode(CURSOR, after), size + 1);
    if (rows.size() <= size) {
      return new ResultPage<>(rows, null);
    }
    MeetingView last = rows.get(size - 1);
    return new ResultPage<>(rows.subList(0, size), Cursors.encode(CURSOR, orderDate(last), last.id().value()));
  }

  @Override
  @Transactional(readOnly = true)
  public void export(MeetingFilter filter, Consumer<MeetingView> sink) {
    Cursors.Position after = null;
    while (true) {
      List<MeetingView> batch = meetings.select(filter, after, EXPORT_BATCH);
      batch.forEach(sink);
      if (batch.size() < EXPORT_BATCH) {
        return;
      }
      MeetingView last = batch.get(batch.size() - 1);
      after = new Cursors.Position(orderDate(last), last.id().value());
    }
  }

  @Override
  @Transactional(readOnly = true)
  public List<MeetingView> between(LocalDate from, LocalDate to) {
    return meetings.overlapping(from, to);
  }

  @Override
  @Transactional(readOnly = true)
  public List<MeetingView> planned() {
    return meetings.planned();
  }

  @Override
  @Transactional(readOnly = true)
  public List<MeetingVersionView> history(MeetingId id) {
    List<MeetingVersionView> versions = meetings.versions(id);
    if (versions.isEmpty()) {
      throw UnknownMeetingException.withId(id);
    }
    return versions;
  }

  private static LocalDate orderDate(MeetingView m) {
    return m.startDate() == null ? LocalDate.of(1, 1, 1) : m.startDate();
  }
}

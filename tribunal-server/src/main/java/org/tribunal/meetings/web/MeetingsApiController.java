package org.tribunal.meetings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tribunal.access.AccessAudit;
import org.tribunal.access.AccessQueries;
import org.tribunal.meetings.AttendanceLevel;
import org.tribunal.meetings.MeetingFilter;
import org.tribunal.meetings.MeetingId;
import org.tribunal.meetings.MeetingManagement;
import org.tribunal.meetings.MeetingQueries;
import org.tribunal.meetings.MeetingStatus;
import org.tribunal.meetings.MeetingView;
import org.tribunal.meetings.NewAgendaItem;
import org.tribunal.meetings.NewAttendance;
import org.tribunal.meetings.NewDocument;
import org.tribunal.meetings.NewMeeting;
import org.tribunal.meetings.NewOutcome;
import org.tribunal.meetings.ResultPage;
import org.tribunal.meetings.StatusChange;
import org.tribunal.meetings.web.MeetingBodies.AddAgendaItem;
import org.tribunal.meetings.web.MeetingBodies.AddDocument;
import org.tribunal.meetings.web.MeetingBodies.AgendaItemResponse;
import org.tribunal.meetings.web.MeetingBodies.AttendanceResponse;
import org.tribunal.meetings.web.MeetingBodies.ChangeStatus;
import org.tribunal.meetings.web.MeetingBodies.CreateMeeting;
import org.tribunal.meetings.web.MeetingBodies.DocumentResponse;
import org.tribunal.meetings.web.MeetingBodies.MeetingDetailResponse;
import org.tribunal.meetings.web.MeetingBodies.MeetingResponse;
import org.tribunal.meetings.web.MeetingBodies.OutcomeResponse;
import org.tribunal.meetings.web.MeetingBodies.Page;
import org.tribunal.meetings.web.MeetingBodies.RecordAttendance;
import org.tribunal.meetings.web.MeetingBodies.RecordOutcome;
import org.tribunal.meetings.web.MeetingBodies.Source;
import org.tribunal.meetings.web.MeetingBodies.VersionResponse;

/**
 * {@code /api/v1/meetings}: public reads (JSON with cursor pagination, CSV, iCalendar of planned
 * meetings) and the secretariat's writes.
 */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingsApiController {

  static final String WRITE = "hasAnyRole('SECRETARIAT','ADMIN')";
  static final String[] CSV_HEADER = {
    "id", "version", "body_id", "number", "title", "place", "start_date", "end_date", "status", "unconfirmed",
    "note", "source_title", "source_url"
  };

  private final MeetingQueries queries;
  private final MeetingManagement management;
  private final AccessQueries access;
  private final AccessAudit audit;

  MeetingsApiController(MeetingQueries queries, MeetingManagement management, AccessQueries access, AccessAudit audit) {
    this.queries = queries;
    this.management = management;
    this.access = access;
    this.audit = audit;
  }

  @GetMapping
  @PreAuthorize("permitAll()")
  Page<MeetingResponse> list(
      @RequestParam(required = false) @Nullable String body,
      @RequestParam(required = false) @Nullable MeetingStatus status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) @Nullable String after) {
    ResultPage<MeetingView> page = queries.list(new MeetingFilter(body, status, from, to), limit, after);
    return new Page<>(page.items().stream().map(MeetingResponse::of).toList(), page.next());
  }

  @GetMapping(produces = "text/csv")
  @PreAuthorize("permitAll()")
  void csv(
      @RequestParam(required = false) @Nullable String body,
      @RequestParam(required = false) @Nullable MeetingStatus status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
      HttpServletResponse response) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"meetings.csv\"");
    CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get().print(response.getWriter());
    queries.export(new MeetingFilter(body, status, from, to), m -> {
      try {
        csv.printRecord(m.id(), m.version(), m.bodyId(), m.number(), m.title(), m.place(), m.startDate(), m.endDate(),
            m.status(), m.unconfirmed(), m.note(), m.source().title(), m.source().url());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    csv.flush();
  }

  @GetMapping(params = "format=csv")
  @PreAuthorize("permitAll()")
  void csvByParameter(
      @RequestParam(required = false) @Nullable String body,
      @RequestParam(required = false) @Nullable MeetingStatus status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
      HttpServletResponse response) throws IOException {
    csv(body, status, from, to, response);
  }

  /** Planned meetings as an RFC 5545 calendar, to subscribe to. */
  @GetMapping(path = "/planned.ics", produces = "text/calendar")
  @PreAuthorize("permitAll()")
  ResponseEntity<String> calendar(HttpServletRequest request) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
        .header("Content-Disposition", "inline; filename=\"tribunal-planned-meetings.ics\"")
        .body(ICalendar.of(queries.planned(), request.getServerName(), Instant.now()));
  }

  @GetMapping("/{id}")
  @PreAuthorize("permitAll()")
  MeetingDetailResponse get(@PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
    MeetingId meeting = MeetingId.parse(id);
    return MeetingDetailResponse.of(asOf == null ? queries.get(meeting) : queries.get(meeting, asOf));
  }

  @GetMapping("/{id}/history")
  @PreAuthorize("permitAll()")
  List<VersionResponse> history(@PathVariable String id) {
    return queries.history(MeetingId.parse(id)).stream().map(VersionResponse::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(WRITE)
  MeetingResponse create(@RequestBody CreateMeeting r) {
    MeetingView m = management.record(new NewMeeting(r.bodyId(), r.number(), r.title(), r.place(), r.startDate(),
        r.endDate(), r.status() == null ? MeetingStatus.PLANNED : r.status(), Boolean.TRUE.equals(r.unconfirmed()),
        r.note(), Source.toRef(r.source())), actor());
    audit.describeWrite("meetings/meeting/" + m.id());
    return MeetingResponse.of(m);
  }

  @PostMapping("/{id}/status")
  @PreAuthorize(WRITE)
  MeetingResponse changeStatus(@PathVariable String id, @RequestBody ChangeStatus r) {
    audit.describeWrite("meetings/meeting/" + id);
    return MeetingResponse.of(management.changeStatus(MeetingId.parse(id),
        new StatusChange(MeetingBodies.required(r.status(), "status"), r.startDate(), r.endDate(), r.reason()), actor()));
  }

  @PostMapping("/{id}/attendance")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(WRITE)
  AttendanceResponse recordAttendance(@PathVariable String id, @RequestBody RecordAttendance r) {
    audit.describeWrite("meetings/meeting/" + id);
    return AttendanceResponse.of(management.recordAttendance(MeetingId.parse(id), new NewAttendance(
        MeetingBodies.state(r.state(), "state"), r.delegation(), r.level() == null ? AttendanceLevel.UNKNOWN : r.level(),
        MeetingBodies.required(r.presence(), "presence"), Boolean.TRUE.equals(r.unconfirmed()), Source.toRef(r.source())), actor()));
  }

  @PostMapping("/{id}/agenda")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(WRITE)
  AgendaItemResponse addAgendaItem(@PathVariable String id, @RequestBody AddAgendaItem r) {
    audit.describeWrite("meetings/meeting/" + id);
    return AgendaItemResponse.of(management.addAgendaItem(MeetingId.parse(id),
        new NewAgendaItem(r.title(), Boolean.TRUE.equals(r.unconfirmed()), Source.toRef(r.source())), actor()));
  }

  @PostMapping("/{id}/outcomes")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(WRITE)
  OutcomeResponse recordOutcome(@PathVariable String id, @RequestBody RecordOutcome r) {
    audit.describeWrite("meetings/meeting/" + id);
    return OutcomeResponse.of(management.recordOutcome(MeetingId.parse(id), new NewOutcome(MeetingBodies.required(r.kind(), "kind"), r.summary(),
        r.textId(), r.state() == null || r.state().isBlank() ? null : MeetingBodies.state(r.state(), "state"),
        Boolean.TRUE.equals(r.unconfirmed()), Source.toRef(r.source())), actor()));
  }

  @PostMapping("/{id}/documents")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(WRITE)
  DocumentResponse addDocument(@PathVariable String id, @RequestBody AddDocument r) {
    audit.describeWrite("meetings/meeting/" + id);
    return DocumentResponse.of(management.addDocument(MeetingId.parse(id),
        new NewDocument(r.title(), r.url(), Boolean.TRUE.equals(r.unconfirmed()), Source.toRef(r.source())), actor()));
  }

  private String actor() {
    return access.currentUser().username();
  }
}

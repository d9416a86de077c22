package org.tribunal.meetings.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tribunal.access.AccessAudit;
import org.tribunal.access.AccessQueries;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.Role;
import org.tribunal.meetings.AttendanceLevel;
import org.tribunal.meetings.MeetingDetail;
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
import org.tribunal.meetings.NoteFilter;
import org.tribunal.meetings.NoteQueries;
import org.tribunal.meetings.OutcomeKind;
import org.tribunal.meetings.Presence;
import org.tribunal.meetings.StatusChange;
import org.tribunal.shared.DomainException;
import org.tribunal.shared.SourceRef;

/**
 * Meeting pages: the list, a month calendar, a meeting's page, and the secretariat's forms. Readable
 * without JavaScript; every form posts and redirects back to the meeting.
 */
@Controller
@RequestMapping("/meetings")
class MeetingsPagesController {

  private final MeetingQueries queries;
  private final MeetingManagement management;
  private final NoteQueries notes;
  private final AccessQueries access;
  private final AccessAudit audit;

  MeetingsPagesController(MeetingQueries queries, MeetingManagement management, NoteQueries notes,
      AccessQueries access, AccessAudit audit) {
    this.queries = queries;
    this.management = management;
    this.notes = notes;
    this.access = access;
    this.audit = audit;
  }

  /** One week row of the calendar: seven days, each with its meetings. */
  record Week(List<Day> days) {}

  /** One day cell of the calendar. */
  record Day(LocalDate date, boolean inMonth, List<MeetingView> meetings) {}

  @GetMapping
  @PreAuthorize("permitAll()")
  String list(
      @RequestParam(required = false) @Nullable String body,
      @RequestParam(required = false) @Nullable MeetingStatus status,
      @RequestParam(required = false) @Nullable String after,
      Model model) {
    String bodyFilter = body == null || body.isBlank() ? null : body.strip();
    model.addAttribute("body", bodyFilter);
    model.addAttribute("status", status);
    model.addAttribute("statuses", MeetingStatus.values());
    model.addAttribute("page", queries.list(new MeetingFilter(bodyFilter, status, null, null), 50,
        after == null || after.isBlank() ? null : after));
    model.addAttribute("canWrite", canWrite());
    return "meetings/list";
  }

  @GetMapping("/calendar")
  @PreAuthorize("permitAll()")
  String calendar(@RequestParam(required = false) @Nullable String month, Model model) {
    YearMonth shown;
    try {
      shown = month == null || month.isBlank() ? YearMonth.now() : YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      shown = YearMonth.now();
    }
    LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    List<MeetingView> meetings = queries.between(first, last);
    List<Week> weeks = new ArrayList<>();
    for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      List<Day> days = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        LocalDate day = monday.plusDays(i);
        days.add(new Day(day, YearMonth.from(day).equals(shown), meetings.stream()
            .filter(m -> m.startDate() != null && !day.isBefore(m.startDate())
                && !day.isAfter(m.endDate() == null ? m.startDate() : m.endDate()))
            .toList()));
      }
      weeks.add(new Week(days));
    }
    model.addAttribute("month", shown);
    model.addAttribute("previous", shown.minusMonths(1));
    model.addAttribute("next", shown.plusMonths(1));
    model.addAttribute("weeks", weeks);
    return "meetings/calendar";
  }

  @GetMapping("/new")
  @PreAuthorize(MeetingsApiController.WRITE)
  String newMeeting(Model model) {
    model.addAttribute("statuses", MeetingStatus.values());
    return "meetings/new";
  }

  @PostMapping
  @PreAuthorize(MeetingsApiController.WRITE)
  String create(
      @RequestParam String bodyId,
      @RequestParam(required = false) @Nullable Integer number,
      @RequestParam(required = false) @Nullable String title,
      @RequestParam(required = false) @Nullable String place,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endDate,
      @RequestParam(defaultValue = "PLANNED") MeetingStatus status,
      @RequestParam(defaultValue = "false") boolean unconfirmed,
      @RequestParam(required = false) @Nullable String note,
      @RequestParam(required = false) @Nullable String sourceTitle,
      @RequestParam(required = false) @Nullable String sourceUrl,
      Model model) {
    try {
      MeetingView m = management.record(new NewMeeting(bodyId.strip().toUpperCase(java.util.Locale.ROOT), number,
          title, place, startDate, endDate, status, unconfirmed, note, source(sourceTitle, sourceUrl)), actor());
      audit.describeWrite("meetings/meeting/" + m.id());
      return "redirect:/meetings/" + m.id();
    } catch (DomainException rejected) {
      model.addAttribute("error", rejected.getMessage());
      return newMeeting(model);
    }
  }

  @GetMapping("/{id}")
  @PreAuthorize("permitAll()")
  String meeting(@PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
      Model model) {
    MeetingId meetingId = MeetingId.parse(id);
    MeetingDetail detail = asOf == null ? queries.get(meetingId) : queries.get(meetingId, asOf);
    model.addAttribute("asOf", asOf);
    model.addAttribute("detail", detail);
    model.addAttribute("m", detail.meeting());
    model.addAttribute("history", queries.history(meetingId));
    CurrentUser user = access.currentUser();
    model.addAttribute("signedIn", !user.isAnonymous());
    if (!user.isAnonymous()) {
      model.addAttribute("notes", notes.search(new NoteFilter(null, meetingId, null, null), 100, null).items());
    }
    // A past reading is for looking at: writes go to the current meeting.
    model.addAttribute("canWrite", asOf == null && canWrite());
    model.addAttribute("nextStatuses", detail.meeting().status().next());
    model.addAttribute("levels", AttendanceLevel.values());
    model.addAttribute("presences", Presence.values());
    model.addAttribute("outcomeKinds", OutcomeKind.values());
    return "meetings/meeting";
  }

  @PostMapping("/{id}/status")
  @PreAuthorize(MeetingsApiController.WRITE)
  String changeStatus(@PathVariable String id, @RequestParam MeetingStatus status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endDate,
      @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
    return change(id, redirect, () -> management.changeStatus(MeetingId.parse(id),
        new StatusChange(status, startDate, endDate, reason), actor()));
  }

  @PostMapping("/{id}/attendance")
  @PreAuthorize(MeetingsApiController.WRITE)
  String recordAttendance(@PathVariable String id, @RequestParam String state,
      @RequestParam(required = false) @Nullable String delegation,
      @RequestParam(defaultValue = "UNKNOWN") AttendanceLevel level, @RequestParam Presence presence,
      @RequestParam(defaultValue = "false") boolean unconfirmed,
      @RequestParam(required = false) @Nullable String sourceTitle,
      @RequestParam(required = false) @Nullable String sourceUrl, RedirectAttributes redirect) {
    return change(id, redirect, () -> management.recordAttendance(MeetingId.parse(id), new NewAttendance(
        MeetingBodies.state(state, "state"), delegation, level, presence, unconfirmed, source(sourceTitle, sourceUrl)),
        actor()));
  }

  @PostMapping("/{id}/agenda")
  @PreAuthorize(MeetingsApiController.WRITE)
  String addAgendaItem(@PathVariable String id, @RequestParam String title,
      @RequestParam(defaultValue = "false") boolean unconfirmed,
      @RequestParam(required = false) @Nullable String sourceTitle,
      @RequestParam(required = false) @Nullable String sourceUrl, RedirectAttributes redirect) {
    return change(id, redirect, () -> management.addAgendaItem(MeetingId.parse(id),
        new NewAgendaItem(title, unconfirmed, source(sourceTitle, sourceUrl)), actor()));
  }

  @PostMapping("/{id}/outcomes")
  @PreAuthorize(MeetingsApiController.WRITE)
  String recordOutcome(@PathVariable String id, @RequestParam OutcomeKind kind, @RequestParam String summary,
      @RequestParam(required = false) @Nullable String textId,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(defaultValue = "false") boolean unconfirmed,
      @RequestParam(required = false) @Nullable String sourceTitle,
      @RequestParam(required = false) @Nullable String sourceUrl, RedirectAttributes redirect) {
    return change(id, redirect, () -> management.recordOutcome(MeetingId.parse(id), new NewOutcome(kind, summary,
        textId, state == null || state.isBlank() ? null : MeetingBodies.state(state, "state"), unconfirmed,
        source(sourceTitle, sourceUrl)), actor()));
  }

  @PostMapping("/{id}/documents")
  @PreAuthorize(MeetingsApiController.WRITE)
  String addDocument(@PathVariable String id, @RequestParam String title,
      @RequestParam(required = false) @Nullable String url,
      @RequestParam(defaultValue = "false") boolean unconfirmed,
      @RequestParam(required = false) @Nullable String sourceTitle,
      @RequestParam(required = false) @Nullable String sourceUrl, RedirectAttributes redirect) {
    return change(id, redirect, () -> management.addDocument(MeetingId.parse(id),
        new NewDocument(title, url, unconfirmed, source(sourceTitle, sourceUrl)), actor()));
  }

  private String change(String id, RedirectAttributes redirect, Runnable action) {
    audit.describeWrite("meetings/meeting/" + id);
    try {
      action.run();
    } catch (DomainException rejected) {
      redirect.addFlashAttribute("error", rejected.getMessage());
    }
    return "redirect:/meetings/" + MeetingId.parse(id);
  }

  private boolean canWrite() {
    return access.currentUser().hasAnyRole(Role.SECRETARIAT, Role.ADMIN);
  }

  private String actor() {
    return access.currentUser().username();
  }

  /** The source of a fact entered in a form; a fact without a source title is refused. */
  static SourceRef source(@Nullable String title, @Nullable String url) {
    String cleanUrl = url == null || url.isBlank() ? null : url.strip();
    if ((title == null || title.isBlank()) && cleanUrl == null) {
      throw org.tribunal.meetings.InvalidMeetingException.field("source", "Every fact needs a source.");
    }
    return title == null || title.isBlank() ? SourceRef.ofUrl(cleanUrl) : new SourceRef(title.strip(), null, null, cleanUrl);
  }
}

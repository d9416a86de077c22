package org.tribunal.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.tribunal.meetings.AttachmentContent;
import org.tribunal.meetings.Declassification;
import org.tribunal.meetings.InvalidNoteException;
import org.tribunal.meetings.MeetingId;
import org.tribunal.meetings.NoteFilter;
import org.tribunal.meetings.NoteId;
import org.tribunal.meetings.NoteManagement;
import org.tribunal.meetings.NoteQueries;
import org.tribunal.meetings.NoteSummary;
import org.tribunal.meetings.NoteView;
import org.tribunal.meetings.ResultPage;
import org.tribunal.meetings.web.MeetingBodies.Page;
import org.tribunal.meetings.web.NoteBodies.Count;
import org.tribunal.meetings.web.NoteBodies.CreateNote;
import org.tribunal.meetings.web.NoteBodies.Declassify;
import org.tribunal.meetings.web.NoteBodies.NoteResponse;
import org.tribunal.meetings.web.NoteBodies.NoteSummaryResponse;
import org.tribunal.meetings.web.NoteBodies.NoteVersionResponse;
import org.tribunal.shared.Classification;

/**
 * {@code /api/v1/notes}: diplomatic notes for signed-in users. Which notes exist for a caller is
 * decided by {@link NoteQueries} (clearance and compartments, in SQL); a note the caller may not read
 * answers 404 exactly like one that does not exist.
 */
@RestController
@RequestMapping("/api/v1/notes")
class NotesApiController {

  static final String[] CSV_HEADER = {
    "id", "version", "author", "date", "subject", "classification", "compartments", "addressees", "meetings",
    "states", "texts", "text"
  };

  private final NoteQueries queries;
  private final NoteManagement management;
  private final AccessQueries access;
  private final AccessAudit audit;

  NotesApiController(NoteQueries queries, NoteManagement management, AccessQueries access, AccessAudit audit) {
    this.queries = queries;
    this.management = management;
    this.access = access;
    this.audit = audit;
  }

  @GetMapping
  @PreAuthorize("isAuthenticated()")
  Page<NoteSummaryResponse> search(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String meeting,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable Classification classification,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) @Nullable String after) {
    ResultPage<NoteSummary> page = queries.search(filter(q, meeting, state, classification), limit, after);
    return new Page<>(page.items().stream().map(NoteSummaryResponse::of).toList(), page.next());
  }

  @GetMapping("/count")
  @PreAuthorize("isAuthenticated()")
  Count count(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String meeting,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable Classification classification) {
    return new Count(queries.count(filter(q, meeting, state, classification)));
  }

  @GetMapping(produces = "text/csv")
  @PreAuthorize("isAuthenticated()")
  void csv(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String meeting,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable Classification classification,
      HttpServletResponse response) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"notes.csv\"");
    CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get().print(response.getWriter());
    queries.export(filter(q, meeting, state, classification), n -> {
      try {
        csv.printRecord(n.id(), n.version(), n.author(), n.date(), n.subject(), n.classification(),
            String.join(";", new java.util.TreeSet<>(n.compartments())), String.join(";", n.addressees()),
            String.join(";", n.meetings().stream().map(MeetingId::toString).toList()),
            String.join(";", n.states().stream().map(s -> s.value()).toList()), String.join(";", n.texts()), n.text());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    csv.flush();
  }

  @GetMapping(params = "format=csv")
  @PreAuthorize("isAuthenticated()")
  void csvByParameter(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String meeting,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable Classification classification,
      HttpServletResponse response) throws IOException {
    csv(q, meeting, state, classification, response);
  }

  @GetMapping("/{id}")
  @PreAuthorize("isAuthenticated()")
  NoteResponse get(@PathVariable String id) {
    return NoteResponse.of(queries.get(NoteId.parse(id)));
  }

  @GetMapping("/{id}/history")
  @PreAuthorize("isAuthenticated()")
  List<NoteVersionResponse> history(@PathVariable String id) {
    return queries.history(NoteId.parse(id)).stream().map(NoteVersionResponse::of).toList();
  }

  @GetMapping("/{id}/attachments/{attachmentId}")
  @PreAuthorize("isAuthenticated()")
  ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId) {
    NoteId note = NoteId.parse(id);
    UUID attachment;
    try {
      attachment = UUID.fromString(attachmentId);
    } catch (IllegalArgumentException e) {
      throw org.tribunal.meetings.UnknownNoteException.withId(id);
    }
    AttachmentContent content = queries.attachment(note, attachment);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.attachment().mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(content.attachment().filename(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content.content());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(MeetingsApiController.WRITE)
  NoteResponse create(@RequestBody CreateNote request) {
    NoteView note = management.record(request.toCommand(), access.currentUser());
    audit.describeWrite("meetings/note/" + note.id());
    return NoteResponse.of(note);
  }

  @PostMapping("/{id}/declassify")
  @PreAuthorize(MeetingsApiController.WRITE)
  NoteResponse declassify(@PathVariable String id, @RequestBody Declassify request) {
    if (request.classification() == null) {
      throw InvalidNoteException.field("classification", "'classification' is required.");
    }
    NoteView note = management.declassify(NoteId.parse(id), new Declassification(request.classification(),
        request.compartments() == null ? Set.of() : request.compartments(), request.reason()), access.currentUser());
    audit.describeWrite("meetings/note/" + note.id());
    return NoteResponse.of(note);
  }

  static NoteFilter filter(@Nullable String q, @Nullable String meeting, @Nullable String state,
      @Nullable Classification classification) {
    return new NoteFilter(q == null || q.isBlank() ? null : q,
        meeting == null || meeting.isBlank() ? null : MeetingId.parse(meeting),
        state == null || state.isBlank() ? null : NoteBodies.code(state), classification);
  }
}

package org.tribunal.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tribunal.access.AccessAudit;
import org.tribunal.access.AccessQueries;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.Role;
import org.tribunal.meetings.Declassification;
import org.tribunal.meetings.InvalidNoteException;
import org.tribunal.meetings.NewAttachment;
import org.tribunal.meetings.NewNote;
import org.tribunal.meetings.NoteFilter;
import org.tribunal.meetings.NoteId;
import org.tribunal.meetings.NoteManagement;
import org.tribunal.meetings.NoteQueries;
import org.tribunal.meetings.NoteView;
import org.tribunal.shared.Classification;
import org.tribunal.shared.DomainException;

/**
 * Note pages for signed-in users: search (only notes the reader may read exist here, and the count
 * counts only those), a note's page with its marking history, and the secretariat's forms.
 */
@Controller
@RequestMapping("/notes")
class NotesPagesController {

  private final NoteQueries queries;
  private final NoteManagement management;
  private final NotesApiController api;
  private final AccessQueries access;
  private final AccessAudit audit;

  NotesPagesController(NoteQueries queries, NoteManagement management, NotesApiController api, AccessQueries access,
      AccessAudit audit) {
    this.queries = queries;
    this.management = management;
    this.api = api;
    this.access = access;
    this.audit = audit;
  }

  @GetMapping
  @PreAuthorize("isAuthenticated()")
  String search(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String meeting,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable Classification classification,
      @RequestParam(required = false) @Nullable String after,
      Model model) {
    NoteFilter filter = NotesApiController.filter(q, meeting, state, classification);
    model.addAttribute("q", q);
    model.addAttribute("meeting", meeting);
    model.addAttribute("state", state);
    model.addAttribute("classification", classification);
    model.addAttribute("classifications", Classification.values());
    model.addAttribute("count", queries.count(filter));
    model.addAttribute("page", queries.search(filter, 50, after == null || after.isBlank() ? null : after));
    model.addAttribute("canWrite", canWrite());
    return "meetings/notes";
  }

  @GetMapping("/export.csv")
  @PreAuthorize("isAuthenticated()")
  void csv(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String meeting,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable Classification classification,
      HttpServletResponse response) throws IOException {
    api.csv(q, meeting, state, classification, response);
  }

  @GetMapping("/new")
  @PreAuthorize(MeetingsApiController.WRITE)
  String newNote(@RequestParam(required = false) @Nullable String meeting, Model model) {
    CurrentUser user = access.currentUser();
    model.addAttribute("meeting", meeting);
    model.addAttribute("classifications",
        Arrays.stream(Classification.values()).filter(c -> user.clearance().dominates(c)).toList());
    model.addAttribute("compartments", user.compartments().stream().sorted().toList());
    return "meetings/note-new";
  }

  @PostMapping
  @PreAuthorize(MeetingsApiController.WRITE)
  String create(
      @RequestParam(required = false) @Nullable String authorState,
      @RequestParam(required = false) @Nullable String authorBody,
      @RequestParam(required = false) @Nullable String addressees,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam String subject,
      @RequestParam String text,
      @RequestParam Classification classification,
      @RequestParam(required = false) @Nullable List<String> compartments,
      @RequestParam(required = false) @Nullable String meeting,
      @RequestParam(required = false) @Nullable String states,
      @RequestParam(required = false) @Nullable MultipartFile attachment,
      Model model) throws IOException {
    try {
      List<NewAttachment> attachments = attachment == null || attachment.isEmpty() ? List.of()
          : List.of(new NewAttachment(String.valueOf(attachment.getOriginalFilename()),
              attachment.getContentType() == null ? "application/octet-stream" : attachment.getContentType(),
              attachment.getBytes()));
      NoteView note = management.record(new NewNote(
          authorState == null || authorState.isBlank() ? null : NoteBodies.code(authorState),
          authorBody == null || authorBody.isBlank() ? null : authorBody.strip().toUpperCase(java.util.Locale.ROOT),
          split(addressees).stream().map(a -> a.toUpperCase(java.util.Locale.ROOT)).toList(), date, subject, text,
          classification, compartments == null ? Set.of() : Set.copyOf(compartments),
          meeting == null || meeting.isBlank() ? List.of() : List.of(NoteBodies.meeting(meeting)),
          split(states).stream().map(NoteBodies::code).toList(), List.of(), attachments), access.currentUser());
      audit.describeWrite("meetings/note/" + note.id());
      return "redirect:/notes/" + note.id();
    } catch (DomainException rejected) {
      model.addAttribute("error", rejected.getMessage());
      return newNote(meeting, model);
    }
  }

  @GetMapping("/{id}")
  @PreAuthorize("isAuthenticated()")
  String note(@PathVariable String id, Model model) {
    NoteId noteId = NoteId.parse(id);
    NoteView note = queries.get(noteId);
    model.addAttribute("note", note);
    model.addAttribute("history", queries.history(noteId));
    model.addAttribute("canWrite", canWrite());
    CurrentUser user = access.currentUser();
    model.addAttribute("lowerClassifications",
        Arrays.stream(Classification.values()).filter(c -> note.classification().dominates(c)).toList());
    model.addAttribute("userCompartments", user.compartments());
    return "meetings/note";
  }

  @GetMapping("/{id}/attachments/{attachmentId}")
  @PreAuthorize("isAuthenticated()")
  ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId) {
    return api.attachment(id, attachmentId);
  }

  @PostMapping("/{id}/declassify")
  @PreAuthorize(MeetingsApiController.WRITE)
  String declassify(@PathVariable String id, @RequestParam Classification classification,
      @RequestParam(required = false) @Nullable List<String> compartments,
      @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
    audit.describeWrite("meetings/note/" + id);
    try {
      management.declassify(NoteId.parse(id), new Declassification(classification,
          compartments == null ? Set.of() : Set.copyOf(compartments), reason), access.currentUser());
    } catch (InvalidNoteException rejected) {
      redirect.addFlashAttribute("error", rejected.getMessage());
    }
    return "redirect:/notes/" + NoteId.parse(id);
  }

  private boolean canWrite() {
    return access.currentUser().hasAnyRole(Role.SECRETARIAT, Role.ADMIN);
  }

  private static List<String> split(@Nullable String value) {
    return value == null || value.isBlank() ? List.of()
        : Arrays.stream(value.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(String::strip).toList();
  }
}

package org.tribunal.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.tribunal.access.AccessQueries;
import org.tribunal.evidence.AcquisitionMethod;
import org.tribunal.evidence.CustodyAction;
import org.tribunal.evidence.CustodyManagement;
import org.tribunal.evidence.EvidenceId;
import org.tribunal.evidence.EvidenceIntake;
import org.tribunal.evidence.EvidenceQueries;
import org.tribunal.evidence.IncompleteUploadException;
import org.tribunal.evidence.IntakeOutcome;
import org.tribunal.evidence.IntegritySweeps;
import org.tribunal.evidence.NewCustodyEvent;
import org.tribunal.shared.Classification;

/**
 * The vault's pages: the list with the upload form (a plain multipart form; a small script adds a
 * progress bar), an item with its submissions and metadata, its custody report (in the site layout,
 * and as a standalone printable page), and the registrar's custody event form.
 */
@Controller
class EvidencePageController {

  private final EvidenceIntake intake;
  private final EvidenceQueries queries;
  private final CustodyManagement custody;
  private final IntegritySweeps sweeps;
  private final AccessQueries access;

  EvidencePageController(EvidenceIntake intake, EvidenceQueries queries, CustodyManagement custody,
      IntegritySweeps sweeps, AccessQueries access) {
    this.access = access;
    this.intake = intake;
    this.queries = queries;
    this.custody = custody;
    this.sweeps = sweeps;
  }

  @ModelAttribute
  void common(Model model) {
    model.addAttribute("alarm", sweeps.alarm().orElse(null));
    model.addAttribute("registrar", access.currentUser().hasRole(org.tribunal.access.Role.REGISTRAR));
  }

  @GetMapping("/evidence")
  @PreAuthorize("hasAnyRole('REGISTRAR','DELEGATION')")
  String list(@RequestParam(required = false) @Nullable String after, Model model) {
    model.addAttribute("page", queries.list(50, after));
    model.addAttribute("methods", AcquisitionMethod.values());
    model.addAttribute("levels", Classification.values());
    return "evidence/list";
  }

  @PostMapping("/evidence")
  @PreAuthorize("hasRole('REGISTRAR')")
  String upload(@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
      @ModelAttribute UploadForm form) {
    if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
      throw IncompleteUploadException.noFile();
    }
    IntakeOutcome outcome;
    try (InputStream in = file.getInputStream()) {
      outcome = intake.receive(in, form.provenance(file.getOriginalFilename()), form.handling());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "redirect:/evidence/" + outcome.item().id() + "?submission=" + outcome.submission()
        + (outcome.duplicate() ? "&duplicate=true" : "");
  }

  @GetMapping("/evidence/{id}")
  @PreAuthorize("hasAnyRole('REGISTRAR','DELEGATION')")
  String item(@PathVariable String id, Model model) {
    model.addAttribute("report", queries.custodyReport(EvidenceId.parse(id)));
    model.addAttribute("actions", java.util.Arrays.stream(CustodyAction.values())
        .filter(a -> a != CustodyAction.RECEIVED).toList());
    return "evidence/item";
  }

  @GetMapping("/evidence/{id}/custody")
  @PreAuthorize("hasAnyRole('REGISTRAR','DELEGATION')")
  String custodyReport(@PathVariable String id, Model model) {
    model.addAttribute("report", queries.custodyReport(EvidenceId.parse(id)));
    return "evidence/custody";
  }

  @GetMapping("/evidence/{id}/custody/print")
  @PreAuthorize("hasAnyRole('REGISTRAR','DELEGATION')")
  String printableCustodyReport(@PathVariable String id, Model model) {
    model.addAttribute("report", queries.custodyReport(EvidenceId.parse(id)));
    return "evidence/custody-print";
  }

  @PostMapping("/evidence/{id}/custody")
  @PreAuthorize("hasRole('REGISTRAR')")
  String recordEvent(@PathVariable String id, @RequestParam String action, @RequestParam String reason,
      @RequestParam(required = false) @Nullable String location,
      @RequestParam(required = false) @Nullable String custodian,
      @RequestParam(required = false) @Nullable String authority,
      @RequestParam(required = false) @Nullable String copySha256) {
    CustodyAction parsed;
    try {
      parsed = CustodyAction.valueOf(action);
    } catch (IllegalArgumentException e) {
      throw org.tribunal.evidence.InvalidEvidenceException.field("action", "Unknown custody action '" + action + "'.");
    }
    custody.record(EvidenceId.parse(id), new NewCustodyEvent(parsed, reason, location, null, custodian, authority,
        copySha256));
    return "redirect:/evidence/" + id;
  }

  @GetMapping("/evidence/{id}/content")
  @PreAuthorize("hasRole('REGISTRAR')")
  ResponseEntity<StreamingResponseBody> content(@PathVariable String id, @RequestParam String reason) {
    return EvidenceApiController.stream(custody.access(EvidenceId.parse(id), reason));
  }

  @PostMapping("/evidence/sweeps")
  @PreAuthorize("hasRole('REGISTRAR')")
  String sweep() {
    sweeps.run(access.currentUser().username());
    return "redirect:/evidence/sweeps";
  }

  @GetMapping("/evidence/sweeps")
  @PreAuthorize("hasRole('REGISTRAR')")
  String lastSweep(Model model) {
    model.addAttribute("sweep", sweeps.latest().orElse(null));
    return "evidence/sweeps";
  }
}

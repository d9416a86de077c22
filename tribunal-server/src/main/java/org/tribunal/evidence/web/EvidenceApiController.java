package org.tribunal.evidence.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.tribunal.access.AccessQueries;
import org.tribunal.evidence.CustodyManagement;
import org.tribunal.evidence.DerivationKind;
import org.tribunal.evidence.EvidenceExport;
import org.tribunal.evidence.IntegritySweeps;
import org.tribunal.evidence.InvalidEvidenceException;
import org.tribunal.evidence.NewWorkingCopy;
import org.tribunal.evidence.WorkingCopies;
import org.tribunal.evidence.web.EvidenceBodies.AlarmResponse;
import org.tribunal.evidence.web.EvidenceBodies.ExportRequest;
import org.tribunal.evidence.web.EvidenceBodies.SweepResponse;
import org.tribunal.evidence.web.EvidenceBodies.WorkingCopyResponse;
import org.tribunal.evidence.EvidenceFile;
import org.tribunal.evidence.EvidenceId;
import org.tribunal.evidence.EvidenceIntake;
import org.tribunal.evidence.EvidencePage;
import org.tribunal.evidence.EvidenceQueries;
import org.tribunal.evidence.IncompleteUploadException;
import org.tribunal.evidence.IntakeOutcome;
import org.tribunal.evidence.NewCustodyEvent;
import org.tribunal.evidence.web.EvidenceBodies.CustodyEventRequest;
import org.tribunal.evidence.web.EvidenceBodies.CustodyEventResponse;
import org.tribunal.evidence.web.EvidenceBodies.CustodyReportResponse;
import org.tribunal.evidence.web.EvidenceBodies.IntakeResponse;
import org.tribunal.evidence.web.EvidenceBodies.ItemPage;
import org.tribunal.evidence.web.EvidenceBodies.ItemResponse;

/**
 * {@code /api/v1/evidence}: intake (multipart; the file part streams through disk), items, custody.
 * The registrar writes; the registrar and delegations read what their clearance, compartments and
 * the items' sharing conditions allow (anything else answers 404).
 */
@RestController
@RequestMapping("/api/v1/evidence")
class EvidenceApiController {

  private final EvidenceIntake intake;
  private final EvidenceQueries queries;
  private final CustodyManagement custody;
  private final WorkingCopies copies;
  private final IntegritySweeps sweeps;
  private final EvidenceExport export;
  private final AccessQueries access;

  EvidenceApiController(EvidenceIntake intake, EvidenceQueries queries, CustodyManagement custody,
      WorkingCopies copies, IntegritySweeps sweeps, EvidenceExport export, AccessQueries access) {
    this.copies = copies;
    this.sweeps = sweeps;
    this.export = export;
    this.access = access;
    this.intake = intake;
    this.queries = queries;
    this.custody = custody;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasRole('REGISTRAR')")
  ResponseEntity<IntakeResponse> upload(@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
      @ModelAttribute UploadForm form) {
    if (file == null) {
      throw IncompleteUploadException.noFile();
    }
    IntakeOutcome outcome;
    try (InputStream in = file.getInputStream()) {
      outcome = intake.receive(in, form.provenance(file.getOriginalFilename()), form.handling());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    URI location = URI.create("/api/v1/evidence/" + outcome.item().id());
    return ResponseEntity.status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).location(location)
        .body(IntakeResponse.of(outcome));
  }

  /**
   * The same intake with the file as the raw request body ({@code application/octet-stream}) and the
   * form fields as query parameters ({@code originalFileName} required): the body streams to the
   * vault as it arrives, without multipart parsing or a temporary copy.
   */
  @PostMapping(consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
  @PreAuthorize("hasRole('REGISTRAR')")
  ResponseEntity<IntakeResponse> uploadStream(HttpServletRequest request, @ModelAttribute UploadForm form) {
    IntakeOutcome outcome;
    try (InputStream in = request.getInputStream()) {
      outcome = intake.receive(in, form.provenance(null), form.handling());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    URI location = URI.create("/api/v1/evidence/" + outcome.item().id());
    return ResponseEntity.status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).location(location)
        .body(IntakeResponse.of(outcome));
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('REGISTRAR','DELEGATION')")
  ItemPage list(@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) @Nullable String after,
      @RequestParam(required = false) @Nullable String sha256) {
    if (sha256 != null) {
      return new ItemPage(queries.findBySha256(sha256).stream().map(ItemResponse::of).toList(), null);
    }
    EvidencePage page = queries.list(limit, after);
    return new ItemPage(page.items().stream().map(ItemResponse::of).toList(), page.next());
  }

  @GetMapping("/{id}")
  @PreAuthorize("hasAnyRole('REGISTRAR','DELEGATION')")
  ItemResponse get(@PathVariable String id) {
    return ItemResponse.of(queries.get(EvidenceId.parse(id)));
  }

  @GetMapping("/{id}/custody")
  @PreAuthorize("hasAnyRole('REGISTRAR','DELEGATION')")
  CustodyReportResponse custody(@PathVariable String id) {
    return CustodyReportResponse.of(queries.custodyReport(EvidenceId.parse(id)));
  }

  @PostMapping(path = "/{id}/custody", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('REGISTRAR')")
  ResponseEntity<CustodyEventResponse> recordEvent(@PathVariable String id, @RequestBody CustodyEventRequest body) {
    var event = custody.record(EvidenceId.parse(id), new NewCustodyEvent(body.action(), body.reason(),
        body.location(), body.occurredAt(), body.custodian(), body.authority(), body.copySha256()));
    return ResponseEntity.status(HttpStatus.CREATED).body(CustodyEventResponse.of(event));
  }

  /** The original's bytes; records an ACCESSED custody event naming {@code reason}. */
  @GetMapping("/{id}/content")
  @PreAuthorize("hasRole('REGISTRAR')")
  ResponseEntity<StreamingResponseBody> content(@PathVariable String id,
      @RequestParam(defaultValue = "Read through the API") String reason) {
    return stream(custody.access(EvidenceId.parse(id), reason));
  }

  @GetMapping("/working-copies/{copyId}/content")
  @PreAuthorize("hasAnyRole('REGISTRAR','DELEGATION')")
  ResponseEntity<StreamingResponseBody> workingCopy(@PathVariable String copyId) {
    UUID uuid;
    try {
      uuid = UUID.fromString(copyId);
    } catch (IllegalArgumentException e) {
      throw org.tribunal.evidence.UnknownEvidenceException.withId(copyId);
    }
    return stream(queries.workingCopy(uuid));
  }

  /** Adds a working copy derived from the original (multipart: {@code file}, {@code kind}, {@code tool}, {@code note}). */
  @PostMapping(path = "/{id}/working-copies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasRole('REGISTRAR')")
  ResponseEntity<WorkingCopyResponse> addWorkingCopy(@PathVariable String id,
      @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
      @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String tool,
      @RequestParam(required = false) @Nullable String note) {
    if (file == null) {
      throw IncompleteUploadException.noFile();
    }
    DerivationKind parsed;
    try {
      parsed = kind == null ? null : DerivationKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidEvidenceException.field("kind", "Unknown derivation kind '" + kind + "'.");
    }
    NewWorkingCopy command = new NewWorkingCopy(parsed, tool == null ? "" : tool,
        file.getOriginalFilename() == null ? "copy" : file.getOriginalFilename(), note);
    try (InputStream in = file.getInputStream()) {
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(WorkingCopyResponse.of(copies.derive(EvidenceId.parse(id), in, command)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/{id}/working-copies")
  @PreAuthorize("hasAnyRole('REGISTRAR','DELEGATION')")
  List<WorkingCopyResponse> workingCopies(@PathVariable String id) {
    return copies.of(EvidenceId.parse(id)).stream().map(WorkingCopyResponse::of).toList();
  }

  /** Runs an integrity sweep now and answers its report. */
  @PostMapping("/sweeps")
  @PreAuthorize("hasRole('REGISTRAR')")
  SweepResponse sweep() {
    return SweepResponse.of(sweeps.run(access.currentUser().username()));
  }

  /** The integrity alarm: raised while the last sweep found a damaged or missing file. */
  @GetMapping("/alarm")
  @PreAuthorize("hasRole('REGISTRAR')")
  AlarmResponse alarm() {
    var latest = sweeps.latest();
    return new AlarmResponse(latest.map(r -> !r.isClean()).orElse(false), latest.map(SweepResponse::of).orElse(null));
  }

  /** A BagIt bag (zip) of the items, with custody reports; records a COPIED event on each. */
  @PostMapping(path = "/exports", consumes = MediaType.APPLICATION_JSON_VALUE, produces = "application/zip")
  @PreAuthorize("hasRole('REGISTRAR')")
  ResponseEntity<StreamingResponseBody> exportBag(@RequestBody ExportRequest body) {
    List<EvidenceId> ids = body.items() == null ? List.of() : body.items().stream().map(EvidenceId::new).toList();
    java.nio.file.Path temp;
    try {
      temp = java.nio.file.Files.createTempFile("evidence-bag", ".zip");
      try (var out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(temp), 1 << 16)) {
        export.writeZip(ids, body.reason(), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StreamingResponseBody stream = out -> {
      try {
        java.nio.file.Files.copy(temp, out);
      } finally {
        java.nio.file.Files.deleteIfExists(temp);
      }
    };
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence-bag.zip\"").body(stream);
  }

  static ResponseEntity<StreamingResponseBody> stream(EvidenceFile file) {
    StreamingResponseBody body = out -> {
      try (InputStream in = file.content().open()) {
        in.transferTo(out);
      }
    };
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .contentLength(file.hashes().size())
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
            java.util.HexFormat.of().parseHex(file.hashes().sha256())))
        .eTag("\"" + file.hashes().sha256() + "\"")
        .body(body);
  }

}

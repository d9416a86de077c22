package org.tribunal.positions.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tribunal.positions.Claim;
import org.tribunal.positions.ImportFormat;
import org.tribunal.positions.ImportReport;
import org.tribunal.positions.InvalidPositionException;
import org.tribunal.positions.ParticipationRules;
import org.tribunal.positions.PositionManagement;
import org.tribunal.positions.PositionQueries;
import org.tribunal.positions.PositionRef;
import org.tribunal.positions.RuleEvaluation;
import org.tribunal.positions.Shift;
import org.tribunal.positions.ShiftFilter;
import org.tribunal.positions.TextFilter;
import org.tribunal.positions.TextId;
import org.tribunal.positions.TextKind;
import org.tribunal.positions.VoteImports;
import org.tribunal.positions.web.ApiModels.ClaimBody;
import org.tribunal.positions.web.ApiModels.CorrectionRequest;
import org.tribunal.positions.web.ApiModels.DisputeRequest;
import org.tribunal.positions.web.ApiModels.DisputeResponse;
import org.tribunal.positions.web.ApiModels.EvaluationResponse;
import org.tribunal.positions.web.ApiModels.PositionRequest;
import org.tribunal.positions.web.ApiModels.PositionResponse;
import org.tribunal.positions.web.ApiModels.RuleRequest;
import org.tribunal.positions.web.ApiModels.RuleResponse;
import org.tribunal.positions.web.ApiModels.ShiftResponse;
import org.tribunal.positions.web.ApiModels.TextCorrectionRequest;
import org.tribunal.positions.web.ApiModels.TextRequest;
import org.tribunal.positions.web.ApiModels.TextResponse;
import org.tribunal.positions.web.ApiModels.TimelineResponse;
import org.tribunal.shared.StateCode;

/**
 * The positions API: texts, positions (with history, corrections and disputes), stance timelines,
 * shifts (JSON, CSV, Atom), participation rules and their evaluations, and imports. Reads are public
 * and take {@code asOf}; writes need the secretariat; a delegation may dispute its own state's positions.
 */
@RestController
@RequestMapping("/api/v1/positions")
class PositionsApiController {

  static final String CSV = "text/csv";

  private final PositionQueries queries;
  private final PositionManagement management;
  private final ParticipationRules rules;
  private final VoteImports imports;

  PositionsApiController(PositionQueries queries, PositionManagement management, ParticipationRules rules,
      VoteImports imports) {
    this.queries = queries;
    this.management = management;
    this.rules = rules;
    this.imports = imports;
  }

  static LocalDate day(@Nullable LocalDate asOf) {
    return asOf == null ? LocalDate.now() : asOf;
  }

  static boolean wantsCsv(@Nullable String format, @Nullable String accept) {
    return "csv".equalsIgnoreCase(format) || (accept != null && accept.contains(CSV));
  }

  static ResponseEntity<String> csv(String name, String body) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").body(body);
  }

  // ---- claims

  @GetMapping("/claims")
  @PreAuthorize("permitAll()")
  List<ClaimBody> claims() {
    return queries.claims().stream().map(ClaimBody::of).toList();
  }

  @PostMapping("/claims")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  ResponseEntity<ClaimBody> addClaim(@RequestBody ClaimBody claim) {
    return ResponseEntity.status(HttpStatus.CREATED).body(ClaimBody.of(management.addClaim(claim.command())));
  }

  // ---- texts

  @GetMapping("/texts")
  @PreAuthorize("permitAll()")
  ResponseEntity<?> texts(@RequestParam(required = false) @Nullable String body,
      @RequestParam(required = false) @Nullable String claim, @RequestParam(required = false) @Nullable TextKind kind,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
      @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) @Nullable String after,
      @RequestParam(required = false) @Nullable String format,
      @RequestHeader(value = "Accept", required = false) @Nullable String accept) {
    var all = queries.texts(new TextFilter(body, claim == null ? null : Claim.of(claim), kind), day(asOf));
    if (wantsCsv(format, accept)) {
      return csv("texts", Csv.of(List.of("id", "symbol", "kind", "body", "date", "title", "claims", "yes", "no",
          "abstain", "non_voting", "unconfirmed", "source_url"), all.stream().map(t -> List.<@Nullable Object>of(
          t.id(), t.symbol() == null ? "" : t.symbol(), t.kind(), t.body(), t.date(), t.title(),
          String.join(";", t.claims().stream().map(Claim::code).toList()),
          t.officialTally() == null ? "" : t.officialTally().yes(), t.officialTally() == null ? "" : t.officialTally().no(),
          t.officialTally() == null ? "" : t.officialTally().abstain(),
          t.officialTally() == null ? "" : t.officialTally().nonVoting(), t.unconfirmed(),
          t.source().url() == null ? "" : t.source().url())).toList()));
    }
    return ResponseEntity.ok(Pages.of(all, limit, after, TextResponse::of));
  }

  @GetMapping("/texts/{id}")
  @PreAuthorize("permitAll()")
  TextResponse text(@PathVariable String id) {
    return TextResponse.of(queries.getText(TextId.of(id)));
  }

  @PostMapping("/texts")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  ResponseEntity<TextResponse> recordText(@RequestBody TextRequest text) {
    return ResponseEntity.status(HttpStatus.CREATED).body(TextResponse.of(management.recordText(text.command())));
  }

  @GetMapping("/texts/{id}/versions")
  @PreAuthorize("permitAll()")
  List<TextResponse> textVersions(@PathVariable String id) {
    return queries.textHistory(TextId.of(id)).stream().map(TextResponse::of).toList();
  }

  @PostMapping("/texts/{id}/versions")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  ResponseEntity<TextResponse> correctText(@PathVariable String id, @RequestBody TextCorrectionRequest correction) {
    return ResponseEntity.status(HttpStatus.CREATED).body(TextResponse.of(
        management.correctText(correction.command(TextId.of(id)), correction.reason())));
  }

  @GetMapping("/texts/{id}/positions")
  @PreAuthorize("permitAll()")
  ResponseEntity<?> positionsOnText(@PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
      @RequestParam(defaultValue = "200") int limit, @RequestParam(required = false) @Nullable String after,
      @RequestParam(required = false) @Nullable String format,
      @RequestHeader(value = "Accept", required = false) @Nullable String accept) {
    var all = queries.positionsOn(TextId.of(id), day(asOf));
    if (wantsCsv(format, accept)) {
      return csv("positions-" + id, positionsCsv(all));
    }
    return ResponseEntity.ok(Pages.of(all, limit, after, PositionResponse::of));
  }

  static String positionsCsv(List<org.tribunal.positions.PositionView> all) {
    return Csv.of(List.of("text", "state", "slot", "version", "kind", "stance", "date", "unconfirmed", "disputed",
        "source_url", "note"), all.stream().map(p -> List.<@Nullable Object>of(p.text(), p.state(), p.ref().slot(),
        p.version(), p.kind(), p.kind().stance() == null ? "" : p.kind().stance(), p.date(), p.unconfirmed(),
        p.disputed(), p.source().url() == null ? "" : p.source().url(), p.note() == null ? "" : p.note())).toList());
  }

  // ---- states

  @GetMapping("/states/{state}/positions")
  @PreAuthorize("permitAll()")
  ResponseEntity<?> positionsOfState(@PathVariable String state,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
      @RequestParam(defaultValue = "200") int limit, @RequestParam(required = false) @Nullable String after,
      @RequestParam(required = false) @Nullable String format,
      @RequestHeader(value = "Accept", required = false) @Nullable String accept) {
    var all = queries.positionsOf(StateCode.of(state), day(asOf));
    if (wantsCsv(format, accept)) {
      return csv("positions-" + state, positionsCsv(all));
    }
    return ResponseEntity.ok(Pages.of(all, limit, after, PositionResponse::of));
  }

  @GetMapping("/states/{state}/stances/{claim}")
  @PreAuthorize("permitAll()")
  TimelineResponse stance(@PathVariable String state, @PathVariable String claim,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
    return TimelineResponse.of(queries.timeline(StateCode.of(state), Claim.of(claim), day(asOf)));
  }

  // ---- positions

  @PostMapping("/positions")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  ResponseEntity<PositionResponse> recordPosition(@RequestBody PositionRequest position) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(PositionResponse.of(management.recordPosition(position.command())));
  }

  @GetMapping("/positions/{key}/history")
  @PreAuthorize("permitAll()")
  List<PositionResponse> history(@PathVariable String key) {
    return queries.history(PositionRef.parse(key)).stream().map(PositionResponse::of).toList();
  }

  @PostMapping("/positions/{key}/corrections")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  ResponseEntity<PositionResponse> correct(@PathVariable String key, @RequestBody CorrectionRequest correction) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(PositionResponse.of(management.correctPosition(PositionRef.parse(key), correction.command())));
  }

  @PostMapping("/states/{state}/positions/{text}/{slot}/disputes")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN') or (hasRole('DELEGATION') and @access.isDelegationOf(#state))")
  ResponseEntity<DisputeResponse> dispute(@PathVariable String state, @PathVariable String text,
      @PathVariable String slot, @RequestBody DisputeRequest dispute) {
    PositionRef ref = PositionRef.parse(text + "~" + state + "~" + slot);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(DisputeResponse.of(management.dispute(ref, dispute.command())));
  }

  // ---- shifts

  @GetMapping("/shifts")
  @PreAuthorize("permitAll()")
  ResponseEntity<?> shifts(@RequestParam(required = false) @Nullable String body,
      @RequestParam(required = false) @Nullable String claim, @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
      @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) @Nullable String after,
      @RequestParam(required = false) @Nullable String format,
      @RequestHeader(value = "Accept", required = false) @Nullable String accept) {
    List<Shift> all = queries.shifts(filter(body, claim, state, from, to));
    if (wantsCsv(format, accept)) {
      return csv("shifts", Csv.of(List.of("date", "state", "claim", "from", "to", "before_text", "before_kind",
          "before_date", "after_text", "after_kind", "after_date", "unconfirmed"), all.stream().map(s ->
          List.<@Nullable Object>of(s.date(), s.state(), s.claim(), s.from(), s.to(), s.before().text().label(),
              s.before().position().kind(), s.before().date(), s.after().text().label(), s.after().position().kind(),
              s.after().date(), s.unconfirmed())).toList()));
    }
    return ResponseEntity.ok(Pages.of(all, limit, after, ShiftResponse::of));
  }

  static ShiftFilter filter(@Nullable String body, @Nullable String claim, @Nullable String state,
      @Nullable LocalDate from, @Nullable LocalDate to) {
    return new ShiftFilter(body == null || body.isBlank() ? null : body,
        claim == null || claim.isBlank() ? null : Claim.of(claim),
        state == null || state.isBlank() ? null : StateCode.of(state), from, to);
  }

  @GetMapping(value = "/shifts.atom", produces = "application/atom+xml")
  @PreAuthorize("permitAll()")
  ResponseEntity<String> shiftFeed(@RequestParam(required = false) @Nullable String body,
      @RequestParam(required = false) @Nullable String claim,
      @RequestParam(required = false) @Nullable String state) {
    List<Shift> all = queries.shifts(filter(body, claim, state, null, null));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
        .body(AtomFeed.of(all));
  }

  // ---- rules

  @GetMapping("/rules")
  @PreAuthorize("permitAll()")
  List<RuleResponse> rules() {
    return rules.rules().stream().map(RuleResponse::of).toList();
  }

  @GetMapping("/rules/{id}/versions")
  @PreAuthorize("permitAll()")
  List<RuleResponse> ruleVersions(@PathVariable String id) {
    return rules.versions(id).stream().map(RuleResponse::of).toList();
  }

  @PostMapping("/rules")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  ResponseEntity<RuleResponse> defineRule(@RequestBody RuleRequest rule) {
    return ResponseEntity.status(HttpStatus.CREATED).body(RuleResponse.of(rules.define(rule.command())));
  }

  @PostMapping("/rules/{id}/versions")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  ResponseEntity<RuleResponse> reviseRule(@PathVariable String id, @RequestBody RuleRequest rule) {
    if (!id.equals(rule.id())) {
      throw InvalidPositionException.field("id", "the body's id " + rule.id() + " differs from the path's " + id);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(RuleResponse.of(rules.revise(rule.command())));
  }

  @GetMapping("/rules/{id}/evaluations")
  @PreAuthorize("permitAll()")
  ResponseEntity<?> evaluations(@PathVariable String id, @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable Integer version,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
      @RequestParam(defaultValue = "200") int limit, @RequestParam(required = false) @Nullable String after,
      @RequestParam(required = false) @Nullable String format,
      @RequestHeader(value = "Accept", required = false) @Nullable String accept) {
    List<RuleEvaluation> all = state == null || state.isBlank() ? rules.evaluateAll(id, version, day(asOf))
        : List.of(rules.evaluate(id, version, StateCode.of(state), day(asOf)));
    if (wantsCsv(format, accept)) {
      return csv("evaluations-" + id, Csv.of(List.of("state", "rule", "version", "as_of", "verdict", "explanation"),
          all.stream().map(e -> List.<@Nullable Object>of(e.state(), e.rule(), e.version(), e.asOf(), e.verdict(),
              e.explanation())).toList()));
    }
    return ResponseEntity.ok(Pages.of(all, limit, after, EvaluationResponse::of));
  }

  // ---- imports

  @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  ResponseEntity<ImportReport> importFile(@RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "UNDL") ImportFormat format, @RequestParam(required = false) @Nullable String text,
      @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
    try (InputStream in = file.getInputStream()) {
      String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
      ImportReport report = imports.importFile(format, name, in, text == null || text.isBlank() ? null
          : TextId.fromSymbol(text), dryRun);
      return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(report);
    }
  }
}

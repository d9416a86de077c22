package org.tribunal.coalition.web;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tribunal.coalition.BodyId;
import org.tribunal.coalition.CoalitionQueries;
import org.tribunal.coalition.InstrumentActionCorrection;
import org.tribunal.coalition.InstrumentActionId;
import org.tribunal.coalition.InstrumentId;
import org.tribunal.coalition.InstrumentManagement;
import org.tribunal.coalition.MembershipCorrection;
import org.tribunal.coalition.MembershipId;
import org.tribunal.coalition.MembershipManagement;
import org.tribunal.coalition.MembershipStatus;
import org.tribunal.coalition.NewInstrumentAction;
import org.tribunal.coalition.NewMembership;
import org.tribunal.coalition.ParticipationAct;
import org.tribunal.coalition.Party;
import org.tribunal.coalition.UnknownEntityException;
import org.tribunal.coalition.web.Listing.Column;
import org.tribunal.shared.StateCode;

/**
 * The coalition registry's REST API: states, bodies and their members as of a date, memberships (record, correct,
 * history), instruments, their actions, charts and status. Reads are public; writes need the secretariat or an
 * administrator.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = {"application/json", "text/csv"})
class CoalitionApiController {

  private static final String READ = "permitAll()";
  private static final String WRITE = "hasAnyRole('SECRETARIAT','ADMIN')";

  private final CoalitionQueries queries;
  private final MembershipManagement memberships;
  private final InstrumentManagement instruments;

  CoalitionApiController(CoalitionQueries queries, MembershipManagement memberships,
      InstrumentManagement instruments) {
    this.queries = queries;
    this.memberships = memberships;
    this.instruments = instruments;
  }

  @GetMapping("/states")
  @PreAuthorize(READ)
  ResponseEntity<?> states(@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String after,
      @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    return Listing.answer(queries::states, queries::states, Json.State::of, limit, after, format, accept, "states",
        List.of(
        new Column<>("code", Json.State::code), new Column<>("name_en", Json.State::nameEn),
        new Column<>("name_fr", Json.State::nameFr), new Column<>("name_uk", Json.State::nameUk),
        new Column<>("un_status", Json.State::unStatus), new Column<>("source_url", s -> s.source().url())));
  }

  @GetMapping("/states/{code}")
  @PreAuthorize(READ)
  Json.StateDetail state(@PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    LocalDate day = day(asOf);
    var state = queries.getState(StateCode.of(code));
    Party party = Party.state(state.code());
    var timeline = queries.membershipsOf(party);
    return new Json.StateDetail(Json.State.of(state), day,
        timeline.stream().filter(m -> m.period().contains(day)).map(Json.Membership::of).toList(),
        timeline.stream().map(Json.Membership::of).toList(),
        queries.actionsOf(party, day).stream().map(Json.Action::of).toList());
  }

  @GetMapping("/bodies")
  @PreAuthorize(READ)
  ResponseEntity<?> bodies(@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String after,
      @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    List<Json.Body> all = queries.bodies().stream().map(Json.Body::of).toList();
    return Listing.answer(all, Json.Body::id, limit, after, format, accept, "bodies", List.of(
        new Column<>("id", Json.Body::id), new Column<>("name", Json.Body::name), new Column<>("kind", Json.Body::kind),
        new Column<>("description", Json.Body::description), new Column<>("parent", Json.Body::parent),
        new Column<>("note", Json.Body::note), new Column<>("source_url", b -> b.source().url())));
  }

  @GetMapping("/bodies/{id}")
  @PreAuthorize(READ)
  Json.Body body(@PathVariable String id) {
    return Json.Body.of(queries.getBody(BodyId.of(id)));
  }

  @GetMapping("/bodies/{id}/members")
  @PreAuthorize(READ)
  ResponseEntity<?> members(@PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String after,
      @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    BodyId body = BodyId.of(id);
    LocalDate day = day(asOf);
    return Listing.answer(() -> queries.membersOf(body, day), page -> queries.membersOf(body, day, page),
        Json.Membership::of, limit, after, format, accept, id + "-members", MEMBERSHIP_COLUMNS);
  }

  @GetMapping("/memberships")
  @PreAuthorize(READ)
  ResponseEntity<?> memberships(@RequestParam(required = false) String body,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String after,
      @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    BodyId bodyId = body == null ? null : BodyId.of(body);
    Party party = state == null ? null : Party.state(StateCode.of(state));
    LocalDate day = day(asOf);
    return Listing.answer(() -> queries.memberships(bodyId, party, day),
        page -> queries.memberships(bodyId, party, day, page), Json.Membership::of, limit, after, format, accept,
        "memberships", MEMBERSHIP_COLUMNS);
  }

  @GetMapping("/memberships/{id}")
  @PreAuthorize(READ)
  Json.Membership membership(@PathVariable UUID id) {
    var membershipId = new MembershipId(id);
    return Json.Membership.of(queries.findMembership(membershipId)
        .orElseThrow(() -> UnknownEntityException.membership(membershipId)));
  }

  @GetMapping("/memberships/{id}/history")
  @PreAuthorize(READ)
  List<Json.Membership> membershipHistory(@PathVariable UUID id) {
    return queries.membershipHistory(new MembershipId(id)).stream().map(Json.Membership::of).toList();
  }

  @PostMapping(path = "/memberships", consumes = "application/json")
  @PreAuthorize(WRITE)
  ResponseEntity<Json.Membership> recordMembership(@RequestBody Requests.NewMembership r,
      @Nullable Principal principal) {
    var recorded = memberships.record(new NewMembership(Requests.party(r.state(), r.organisation()),
        BodyId.of(Requests.required("body", r.body())), Requests.period(r.from(), r.to()),
        Requests.choice("status", r.status(), MembershipStatus.class), Requests.blank(r.basis()),
        Requests.blank(r.note()), Boolean.TRUE.equals(r.unconfirmed()), Requests.source(r.source()),
        recorder(principal)));
    return ResponseEntity.created(URI.create("/api/v1/memberships/" + recorded.id())).body(Json.Membership.of(recorded));
  }

  @PostMapping(path = "/memberships/{id}/corrections", consumes = "application/json")
  @PreAuthorize(WRITE)
  ResponseEntity<Json.Membership> correctMembership(@PathVariable UUID id, @RequestBody Requests.Correction r,
      @Nullable Principal principal) {
    var corrected = memberships.correct(new MembershipId(id), new MembershipCorrection(
        Requests.period(r.from(), r.to()), Requests.choice("status", r.status(), MembershipStatus.class),
        Requests.blank(r.basis()), Requests.blank(r.note()), Boolean.TRUE.equals(r.unconfirmed()),
        Requests.source(r.source()), Requests.required("reason", r.reason()), recorder(principal),
        Boolean.TRUE.equals(r.retract())));
    return ResponseEntity.created(URI.create("/api/v1/memberships/" + id + "/history"))
        .body(Json.Membership.of(corrected));
  }

  @GetMapping("/instruments")
  @PreAuthorize(READ)
  ResponseEntity<?> instruments(@RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String after, @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    List<Json.Instrument> all = queries.instruments().stream().map(Json.Instrument::of).toList();
    return Listing.answer(all, Json.Instrument::id, limit, after, format, accept, "instruments", List.of(
        new Column<>("id", Json.Instrument::id), new Column<>("title", Json.Instrument::title),
        new Column<>("kind", Json.Instrument::kind), new Column<>("adopted_on", Json.Instrument::adoptedOn),
        new Column<>("place", Json.Instrument::place),
        new Column<>("signature_required", Json.Instrument::signatureRequired),
        new Column<>("version", Json.Instrument::version),
        new Column<>("entry_into_force", i -> i.entryIntoForce().description()),
        new Column<>("rule_unconfirmed", Json.Instrument::ruleUnconfirmed),
        new Column<>("source_url", i -> i.source().url())));
  }

  @GetMapping("/instruments/{id}")
  @PreAuthorize(READ)
  Json.Instrument instrument(@PathVariable String id) {
    return Json.Instrument.of(queries.getInstrument(InstrumentId.of(id)));
  }

  @GetMapping("/instruments/{id}/history")
  @PreAuthorize(READ)
  List<Json.Instrument> instrumentHistory(@PathVariable String id) {
    return queries.instrumentHistory(InstrumentId.of(id)).stream().map(Json.Instrument::of).toList();
  }

  @PostMapping(path = "/instruments", consumes = "application/json")
  @PreAuthorize(WRITE)
  ResponseEntity<Json.Instrument> registerInstrument(@RequestBody Requests.NewInstrument r,
      @Nullable Principal principal) {
    var registered = instruments.register(Requests.instrument(r, recorder(principal)));
    return ResponseEntity.created(URI.create("/api/v1/instruments/" + registered.id().value()))
        .body(Json.Instrument.of(registered));
  }

  @PostMapping(path = "/instruments/{id}/corrections", consumes = "application/json")
  @PreAuthorize(WRITE)
  ResponseEntity<Json.Instrument> correctInstrument(@PathVariable String id,
      @RequestBody Requests.InstrumentCorrection r, @Nullable Principal principal) {
    var corrected = instruments.correct(InstrumentId.of(id), Requests.correction(r, recorder(principal)));
    return ResponseEntity.created(URI.create("/api/v1/instruments/" + id + "/history"))
        .body(Json.Instrument.of(corrected));
  }

  @GetMapping("/instruments/{id}/actions")
  @PreAuthorize(READ)
  ResponseEntity<?> actions(@PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String after,
      @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    InstrumentId instrument = InstrumentId.of(id);
    LocalDate day = day(asOf);
    return Listing.answer(() -> queries.actions(instrument, day), page -> queries.actions(instrument, day, page),
        Json.Action::of, limit, after, format, accept, id + "-actions", List.of(
        new Column<>("id", Json.Action::id), new Column<>("version", Json.Action::version),
        new Column<>("state", Json.Action::state), new Column<>("organisation", Json.Action::organisation),
        new Column<>("act", Json.Action::act), new Column<>("date", Json.Action::date),
        new Column<>("unconfirmed", Json.Action::unconfirmed), new Column<>("note", Json.Action::note),
        new Column<>("source_url", a -> a.source().url()), new Column<>("recorded_by", Json.Action::recordedBy),
        new Column<>("recorded_at", Json.Action::recordedAt)));
  }

  @PostMapping(path = "/instruments/{id}/actions", consumes = "application/json")
  @PreAuthorize(WRITE)
  ResponseEntity<Json.Action> recordAction(@PathVariable String id, @RequestBody Requests.NewAction r,
      @Nullable Principal principal) {
    var recorded = instruments.record(new NewInstrumentAction(InstrumentId.of(id),
        Requests.party(r.state(), r.organisation()), Requests.choice("act", r.act(), ParticipationAct.class),
        Requests.date("date", r.date()), Requests.blank(r.note()), Boolean.TRUE.equals(r.unconfirmed()),
        Requests.source(r.source()), recorder(principal)));
    return ResponseEntity.created(URI.create("/api/v1/instrument-actions/" + recorded.id() + "/history"))
        .body(Json.Action.of(recorded));
  }

  @GetMapping("/instrument-actions/{id}/history")
  @PreAuthorize(READ)
  List<Json.Action> actionHistory(@PathVariable UUID id) {
    return queries.actionHistory(new InstrumentActionId(id)).stream().map(Json.Action::of).toList();
  }

  @PostMapping(path = "/instrument-actions/{id}/corrections", consumes = "application/json")
  @PreAuthorize(WRITE)
  ResponseEntity<Json.Action> correctAction(@PathVariable UUID id, @RequestBody Requests.ActionCorrection r,
      @Nullable Principal principal) {
    var corrected = instruments.correct(new InstrumentActionId(id), new InstrumentActionCorrection(
        Requests.choice("act", r.act(), ParticipationAct.class), Requests.date("date", r.date()),
        Requests.blank(r.note()), Boolean.TRUE.equals(r.unconfirmed()), Requests.source(r.source()),
        Requests.required("reason", r.reason()), recorder(principal), Boolean.TRUE.equals(r.retract())));
    return ResponseEntity.created(URI.create("/api/v1/instrument-actions/" + id + "/history"))
        .body(Json.Action.of(corrected));
  }

  @GetMapping("/instruments/{id}/chart")
  @PreAuthorize(READ)
  ResponseEntity<?> chart(@PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    Json.Chart chart = Json.Chart.of(queries.chart(InstrumentId.of(id), day(asOf)));
    if (Listing.wantsCsv(format, accept)) {
      return ResponseEntity.ok().contentType(Listing.CSV)
          .header("Content-Disposition", "attachment; filename=\"" + id + "-chart.csv\"")
          .body(Listing.csv(chart.rows(), CHART_COLUMNS));
    }
    return ResponseEntity.ok(chart);
  }

  @GetMapping("/instruments/{id}/status")
  @PreAuthorize(READ)
  Json.Standing status(@PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    return Json.Standing.of(queries.standing(InstrumentId.of(id), day(asOf)));
  }

  static final List<Column<Json.Membership>> MEMBERSHIP_COLUMNS = List.of(
      new Column<>("id", Json.Membership::id), new Column<>("version", Json.Membership::version),
      new Column<>("state", Json.Membership::state), new Column<>("organisation", Json.Membership::organisation),
      new Column<>("body", Json.Membership::body), new Column<>("from", Json.Membership::from),
      new Column<>("to", Json.Membership::to), new Column<>("status", Json.Membership::status),
      new Column<>("basis", Json.Membership::basis), new Column<>("unconfirmed", Json.Membership::unconfirmed),
      new Column<>("note", Json.Membership::note), new Column<>("source_url", m -> m.source().url()),
      new Column<>("recorded_by", Json.Membership::recordedBy),
      new Column<>("recorded_at", Json.Membership::recordedAt));

  static final List<Column<Json.Row>> CHART_COLUMNS = List.of(
      new Column<>("state", Json.Row::state), new Column<>("organisation", Json.Row::organisation),
      new Column<>("standing", Json.Row::standing), new Column<>("signature", Json.Row::signature),
      new Column<>("definitive_signature", Json.Row::definitiveSignature),
      new Column<>("ratification", Json.Row::ratification), new Column<>("consent_act", Json.Row::consentAct),
      new Column<>("entry_into_force", Json.Row::entryIntoForce), new Column<>("withdrawal", Json.Row::withdrawal),
      new Column<>("reservations", Json.Row::reservations), new Column<>("declarations", Json.Row::declarations),
      new Column<>("jurisdiction_delegated", Json.Row::jurisdictionDelegated),
      new Column<>("notes", Json.Row::notes), new Column<>("unconfirmed", Json.Row::unconfirmed));

  static LocalDate day(@Nullable LocalDate asOf) {
    return asOf == null ? LocalDate.now(java.time.ZoneOffset.UTC) : asOf;
  }

  private static String recorder(@Nullable Principal principal) {
    return principal == null ? "anonymous" : principal.getName();
  }
}

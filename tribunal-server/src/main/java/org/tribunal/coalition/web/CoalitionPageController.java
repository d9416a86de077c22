package org.tribunal.coalition.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tribunal.coalition.BodyId;
import org.tribunal.coalition.CoalitionQueries;
import org.tribunal.coalition.InstrumentId;
import org.tribunal.coalition.InstrumentKind;
import org.tribunal.coalition.InstrumentView;
import org.tribunal.coalition.InstrumentManagement;
import org.tribunal.coalition.MembershipCorrection;
import org.tribunal.coalition.MembershipId;
import org.tribunal.coalition.MembershipManagement;
import org.tribunal.coalition.MembershipStatus;
import org.tribunal.coalition.MembershipView;
import org.tribunal.coalition.NewInstrumentAction;
import org.tribunal.coalition.NewMembership;
import org.tribunal.coalition.ParticipationAct;
import org.tribunal.coalition.Party;
import org.tribunal.coalition.StateView;
import org.tribunal.shared.DomainException;
import org.tribunal.shared.StateCode;

/**
 * The coalition registry's pages: states, bodies with their members as of a date, instrument charts and histories,
 * and the secretariat's forms to add memberships, actions and instruments and to correct memberships and instruments.
 * Pages work without JavaScript; with htmx, the date picker swaps only the members table. A refused form is shown
 * again with the problem, and nothing is stored.
 */
@Controller
class CoalitionPageController {

  private static final String READ = "permitAll()";
  private static final String WRITE = "hasAnyRole('SECRETARIAT','ADMIN')";

  private final CoalitionQueries queries;
  private final MembershipManagement memberships;
  private final InstrumentManagement instruments;

  CoalitionPageController(CoalitionQueries queries, MembershipManagement memberships,
      InstrumentManagement instruments) {
    this.queries = queries;
    this.memberships = memberships;
    this.instruments = instruments;
  }

  /** Form fields of "add membership" and "correct membership". */
  record MembershipForm(@Nullable String state, @Nullable String organisation, @Nullable String from,
      @Nullable String to, @Nullable String status, @Nullable String basis, @Nullable String note,
      @Nullable Boolean unconfirmed, @Nullable String sourceTitle, @Nullable String sourceUrl,
      @Nullable String reason) {

    static MembershipForm empty() {
      return new MembershipForm(null, null, null, null, "MEMBER", null, null, false, null, null, null);
    }

    static MembershipForm of(MembershipView m) {
      return new MembershipForm(Json.stateOf(m.party()), Json.organisationOf(m.party()),
          m.period().from() == null ? null : m.period().from().toString(),
          m.period().to() == null ? null : m.period().to().toString(), m.status().name(), m.basis(), m.note(),
          m.unconfirmed(), m.source().title(), m.source().url(), null);
    }

    Requests.Source source() {
      return new Requests.Source(sourceTitle, null, null, sourceUrl);
    }
  }

  /** Form fields of "add instrument action". */
  record ActionForm(@Nullable String state, @Nullable String organisation, @Nullable String act,
      @Nullable String date, @Nullable String note, @Nullable Boolean unconfirmed, @Nullable String sourceTitle,
      @Nullable String sourceUrl) {

    static ActionForm empty() {
      return new ActionForm(null, null, "SIGNATURE", null, null, false, null, null);
    }
  }

  /** Form fields of "register instrument" and "correct instrument"; {@code unconfirmed} marks the rule unconfirmed. */
  record InstrumentForm(@Nullable String id, @Nullable String title, @Nullable String kind, @Nullable String adoptedOn,
      @Nullable String place, @Nullable Boolean signatureRequired, @Nullable String ruleKind,
      @Nullable Integer consents, @Nullable Integer months, @Nullable Boolean firstDayOfMonth,
      @Nullable Integer signatures, @Nullable String ruleDate, @Nullable String ruleText,
      @Nullable Boolean unconfirmed, @Nullable String body, @Nullable String annexTo, @Nullable String note,
      @Nullable String sourceTitle, @Nullable String sourceUrl, @Nullable String reason) {

    static InstrumentForm empty() {
      return new InstrumentForm(null, null, "CONVENTION", null, null, true, "AFTER_CONSENTS", null, 0, false, null,
          null, null, false, null, null, null, null, null, null);
    }

    static InstrumentForm of(InstrumentView i) {
      Json.Rule r = Json.Rule.of(i.entryIntoForce());
      return new InstrumentForm(i.id().value(), i.title(), i.kind().name(),
          i.adoptedOn() == null ? null : i.adoptedOn().toString(), i.place(), i.signatureRequired(), r.kind(),
          r.consents(), r.months(), r.firstDayOfMonth(), r.signatures(), r.date() == null ? null : r.date().toString(),
          r.text(), i.ruleUnconfirmed(), i.body() == null ? null : i.body().value(),
          i.annexTo() == null ? null : i.annexTo().value(), i.note(), i.source().title(), i.source().url(), null);
    }

    Requests.Rule rule() {
      return new Requests.Rule(ruleKind, consents, months, Boolean.TRUE.equals(firstDayOfMonth), signatures, ruleDate,
          ruleText);
    }

    Requests.NewInstrument command() {
      return new Requests.NewInstrument(id, title, kind, adoptedOn, place, Boolean.TRUE.equals(signatureRequired),
          rule(), unconfirmed, body, annexTo, note, new Requests.Source(sourceTitle, null, null, sourceUrl));
    }

    Requests.InstrumentCorrection correction() {
      return new Requests.InstrumentCorrection(title, kind, adoptedOn, place, Boolean.TRUE.equals(signatureRequired),
          rule(), unconfirmed, body, annexTo, note, new Requests.Source(sourceTitle, null, null, sourceUrl), reason);
    }
  }

  @ModelAttribute
  void common(Model model, HttpServletRequest request, Locale locale) {
    var names = new java.util.HashMap<String, String>();
    queries.states().forEach(st -> names.put(st.code().value(), st.name(locale)));
    model.addAttribute("names", names);
    model.addAttribute("canEdit", request.isUserInRole("SECRETARIAT") || request.isUserInRole("ADMIN"));
    model.addAttribute("membershipStatuses", MembershipStatus.values());
    model.addAttribute("acts", ParticipationAct.values());
    model.addAttribute("instrumentKinds", InstrumentKind.values());
    model.addAttribute("ruleKinds", Requests.RuleKind.values());
  }

  @GetMapping("/states")
  @PreAuthorize(READ)
  String states(Model model, Locale locale) {
    model.addAttribute("states", sortedStates(locale));
    return "coalition/states";
  }

  @GetMapping("/states/{code}")
  @PreAuthorize(READ)
  String state(@PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
    LocalDate day = CoalitionApiController.day(asOf);
    StateView state = queries.getState(StateCode.of(code));
    Party party = Party.state(state.code());
    List<MembershipView> timeline = queries.membershipsOf(party).stream()
        .sorted(Comparator.comparing((MembershipView m) -> m.period().from(),
            Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
    model.addAttribute("state", state);
    model.addAttribute("asOf", day);
    model.addAttribute("current", timeline.stream().filter(m -> m.period().contains(day)).toList());
    model.addAttribute("timeline", timeline);
    model.addAttribute("actions", queries.actionsOf(party, day));
    return "coalition/state";
  }

  @GetMapping("/bodies")
  @PreAuthorize(READ)
  String bodies(Model model) {
    model.addAttribute("bodies", queries.bodies());
    return "coalition/bodies";
  }

  @GetMapping("/bodies/{id}")
  @PreAuthorize(READ)
  String body(@PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String fragment, Model model, Locale locale) {
    bodyModel(BodyId.of(id), CoalitionApiController.day(asOf), model, locale);
    model.addAttribute("form", MembershipForm.empty());
    return fragment != null ? "coalition/body :: members" : "coalition/body";
  }

  @PostMapping("/bodies/{id}/memberships")
  @PreAuthorize(WRITE)
  String addMembership(@PathVariable String id, @ModelAttribute("form") MembershipForm form,
      @Nullable Principal principal, Model model, Locale locale, HttpServletResponse response) {
    BodyId body = BodyId.of(id);
    try {
      var recorded = memberships.record(new NewMembership(Requests.party(form.state(), form.organisation()), body,
          Requests.period(form.from(), form.to()), Requests.choice("status", form.status(), MembershipStatus.class),
          Requests.blank(form.basis()), Requests.blank(form.note()), Boolean.TRUE.equals(form.unconfirmed()),
          Requests.source(form.source()), recorder(principal)));
      LocalDate show = recorded.period().from() != null ? recorded.period().from() : LocalDate.now();
      return "redirect:/bodies/" + id + "?asOf=" + show;
    } catch (DomainException e) {
      response.setStatus(e.status());
      model.addAttribute("problem", e.getMessage());
      model.addAttribute("problemField", e.extensions().get("field"));
      bodyModel(body, LocalDate.now(), model, locale);
      return "coalition/body";
    }
  }

  @GetMapping("/memberships/{id}")
  @PreAuthorize(READ)
  String membership(@PathVariable UUID id, Model model) {
    var membershipId = new MembershipId(id);
    var history = queries.membershipHistory(membershipId);
    MembershipView latest = history.get(history.size() - 1);
    model.addAttribute("history", history);
    model.addAttribute("membership", latest);
    model.addAttribute("form", MembershipForm.of(latest));
    return "coalition/membership";
  }

  @PostMapping("/memberships/{id}/corrections")
  @PreAuthorize(WRITE)
  String correctMembership(@PathVariable UUID id, @ModelAttribute("form") MembershipForm form,
      @RequestParam(required = false) String retract, @Nullable Principal principal, Model model,
      HttpServletResponse response) {
    var membershipId = new MembershipId(id);
    try {
      memberships.correct(membershipId, new MembershipCorrection(Requests.period(form.from(), form.to()),
          Requests.choice("status", form.status(), MembershipStatus.class), Requests.blank(form.basis()),
          Requests.blank(form.note()), Boolean.TRUE.equals(form.unconfirmed()), Requests.source(form.source()),
          Requests.required("reason", form.reason()), recorder(principal), retract != null));
      return "redirect:/memberships/" + id;
    } catch (DomainException e) {
      response.setStatus(e.status());
      model.addAttribute("problem", e.getMessage());
      var history = queries.membershipHistory(membershipId);
      model.addAttribute("history", history);
      model.addAttribute("membership", history.get(history.size() - 1));
      return "coalition/membership";
    }
  }

  @GetMapping("/instruments")
  @PreAuthorize(READ)
  String instruments(Model model) {
    model.addAttribute("instruments", queries.instruments());
    model.addAttribute("instrumentForm", InstrumentForm.empty());
    return "coalition/instruments";
  }

  @PostMapping("/instruments")
  @PreAuthorize(WRITE)
  String registerInstrument(@ModelAttribute("instrumentForm") InstrumentForm form, @Nullable Principal principal,
      Model model, HttpServletResponse response) {
    try {
      var registered = instruments.register(Requests.instrument(form.command(), recorder(principal)));
      return "redirect:/instruments/" + registered.id().value();
    } catch (DomainException e) {
      response.setStatus(e.status());
      model.addAttribute("problem", e.getMessage());
      model.addAttribute("instruments", queries.instruments());
      return "coalition/instruments";
    }
  }

  @PostMapping("/instruments/{id}/corrections")
  @PreAuthorize(WRITE)
  String correctInstrument(@PathVariable String id, @ModelAttribute("instrumentForm") InstrumentForm form,
      @Nullable Principal principal, Model model, Locale locale, HttpServletResponse response) {
    InstrumentId instrument = InstrumentId.of(id);
    try {
      instruments.correct(instrument, Requests.correction(form.correction(), recorder(principal)));
      return "redirect:/instruments/" + id;
    } catch (DomainException e) {
      response.setStatus(e.status());
      model.addAttribute("problem", e.getMessage());
      instrumentModel(instrument, LocalDate.now(), model, locale);
      model.addAttribute("form", ActionForm.empty());
      return "coalition/instrument";
    }
  }

  @GetMapping("/instruments/{id}")
  @PreAuthorize(READ)
  String instrument(@PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model,
      Locale locale) {
    instrumentModel(InstrumentId.of(id), CoalitionApiController.day(asOf), model, locale);
    model.addAttribute("form", ActionForm.empty());
    return "coalition/instrument";
  }

  @PostMapping("/instruments/{id}/actions")
  @PreAuthorize(WRITE)
  String addAction(@PathVariable String id, @ModelAttribute("form") ActionForm form, @Nullable Principal principal,
      Model model, Locale locale, HttpServletResponse response) {
    InstrumentId instrument = InstrumentId.of(id);
    try {
      var recorded = instruments.record(new NewInstrumentAction(instrument,
          Requests.party(form.state(), form.organisation()), Requests.choice("act", form.act(), ParticipationAct.class),
          Requests.date("date", form.date()), Requests.blank(form.note()), Boolean.TRUE.equals(form.unconfirmed()),
          Requests.source(new Requests.Source(form.sourceTitle(), null, null, form.sourceUrl())),
          recorder(principal)));
      return "redirect:/instruments/" + id + "?asOf=" + recorded.on();
    } catch (DomainException e) {
      response.setStatus(e.status());
      model.addAttribute("problem", e.getMessage());
      instrumentModel(instrument, LocalDate.now(), model, locale);
      return "coalition/instrument";
    }
  }

  private void bodyModel(BodyId id, LocalDate day, Model model, Locale locale) {
    model.addAttribute("body", queries.getBody(id));
    model.addAttribute("asOf", day);
    model.addAttribute("members", queries.membersOf(id, day));
    model.addAttribute("states", sortedStates(locale));
  }

  private void instrumentModel(InstrumentId id, LocalDate day, Model model, Locale locale) {
    model.addAttribute("instrument", queries.getInstrument(id));
    model.addAttribute("instrumentHistory", queries.instrumentHistory(id));
    if (!model.containsAttribute("instrumentForm")) {
      model.addAttribute("instrumentForm", InstrumentForm.of(queries.getInstrument(id)));
    }
    model.addAttribute("asOf", day);
    model.addAttribute("chart", queries.chart(id, day));
    model.addAttribute("states", sortedStates(locale));
  }

  private List<StateView> sortedStates(Locale locale) {
    var collator = java.text.Collator.getInstance(locale);
    return queries.states().stream().sorted(Comparator.comparing(s -> s.name(locale), collator)).toList();
  }

  private static String recorder(@Nullable Principal principal) {
    return principal == null ? "anonymous" : principal.getName();
  }

}

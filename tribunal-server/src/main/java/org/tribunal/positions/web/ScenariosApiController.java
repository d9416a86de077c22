package org.tribunal.positions.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tribunal.positions.ContributionView;
import org.tribunal.positions.InvalidPositionException;
import org.tribunal.positions.NewContribution;
import org.tribunal.positions.ScenarioResult;
import org.tribunal.positions.ScenarioSpec;
import org.tribunal.positions.ScenarioView;
import org.tribunal.positions.ViabilityScenarios;
import org.tribunal.positions.web.ApiModels.Source;
import org.tribunal.shared.StateCode;

/**
 * The viability API: evaluate a scenario, save it (named, versioned), list and compare saved ones
 * side by side, and the declared contributions the scenarios weigh. Reads are public; saving a
 * scenario and declaring a contribution need the secretariat.
 */
@RestController
@RequestMapping("/api/v1/positions")
class ScenariosApiController {

  private final ViabilityScenarios scenarios;

  ScenariosApiController(ViabilityScenarios scenarios) {
    this.scenarios = scenarios;
  }

  /** A scenario as sent: name, withdrawing states (alpha-3), date; {@code reason} for a new version. */
  record ScenarioRequest(String name, @Nullable String description, List<String> withdrawing, LocalDate on,
      @Nullable String reason) {
    ScenarioSpec spec() {
      if (withdrawing == null) {
        throw InvalidPositionException.field("withdrawing", "a scenario needs at least one withdrawing state");
      }
      SortedSet<StateCode> states = new TreeSet<>();
      withdrawing.forEach(s -> states.add(StateCode.of(s.strip().toUpperCase(java.util.Locale.ROOT))));
      return new ScenarioSpec(name, description, states, on);
    }
  }

  record ScenarioResponse(String id, int version, String ref, String name, @Nullable String description,
      List<String> withdrawing, LocalDate on, @Nullable String reason, String recordedBy, Instant recordedAt) {
    static ScenarioResponse of(ScenarioView v) {
      return new ScenarioResponse(v.id(), v.version(), v.ref(), v.spec().name(), v.spec().description(),
          codes(v.spec().withdrawing()), v.spec().on(), v.reason(), v.recordedBy(), v.recordedAt());
    }
  }

  record GroupBody(String body, String name, int before, int after, int lost, List<String> leaving) {
    static GroupBody of(ScenarioResult.GroupSize g) {
      return new GroupBody(g.body(), g.name(), g.before(), g.after(), g.lost(), codes(g.leaving()));
    }
  }

  record RuleBody(String rule, int version, String name, int satisfiedBefore, int satisfiedAfter, List<String> lost) {
    static RuleBody of(ScenarioResult.RuleOutcome r) {
      return new RuleBody(r.rule(), r.version(), r.name(), r.satisfiedBefore(), r.satisfiedAfter(), codes(r.lost()));
    }
  }

  record InstrumentBody(String instrument, String title, String rule, @Nullable Integer required, int countedBefore,
      int countedAfter, String before, String after, List<String> leaving) {
    static InstrumentBody of(ScenarioResult.InstrumentOutcome i) {
      return new InstrumentBody(i.instrument(), i.title(), i.rule(), i.required(), i.countedBefore(),
          i.countedAfter(), i.before().name(), i.after().name(), codes(i.leaving()));
    }
  }

  /** Amounts are strings, so no decimal is lost in JSON. */
  record ContributionLossBody(String currency, String declared, String lost, String share, boolean illustrative,
      List<String> from) {
    static ContributionLossBody of(ScenarioResult.ContributionLoss c) {
      return new ContributionLossBody(c.currency(), c.declared().toPlainString(), c.lost().toPlainString(),
          c.share().toPlainString(), c.illustrative(), codes(c.from()));
    }
  }

  record ResultResponse(@Nullable ScenarioResponse saved, String name, List<String> withdrawing, LocalDate on,
      GroupBody coalition, GroupBody coreGroup, List<GroupBody> bodies, List<RuleBody> rules,
      List<InstrumentBody> instruments, List<ContributionLossBody> contributions) {
    static ResultResponse of(ScenarioResult r) {
      return new ResultResponse(r.saved() == null ? null : ScenarioResponse.of(r.saved()), r.spec().name(),
          codes(r.spec().withdrawing()), r.on(), GroupBody.of(r.coalition()), GroupBody.of(r.coreGroup()),
          r.bodies().stream().map(GroupBody::of).toList(), r.rules().stream().map(RuleBody::of).toList(),
          r.instruments().stream().map(InstrumentBody::of).toList(),
          r.contributions().stream().map(ContributionLossBody::of).toList());
    }
  }

  record ContributionRequest(String state, String body, String amount, String currency, LocalDate from,
      @Nullable LocalDate to, Source source, boolean illustrative, @Nullable String note) {
    NewContribution command() {
      BigDecimal value;
      try {
        value = new BigDecimal(amount == null ? "" : amount.strip());
      } catch (NumberFormatException e) {
        throw InvalidPositionException.field("amount", "'" + amount + "' is not a decimal amount");
      }
      return new NewContribution(StateCode.of(state), body, value, currency, from, to, Source.required(source),
          illustrative, note);
    }
  }

  record ContributionResponse(String id, String state, String body, String amount, String currency, LocalDate from,
      @Nullable LocalDate to, Source source, boolean illustrative, @Nullable String note, String recordedBy,
      Instant recordedAt) {
    static ContributionResponse of(ContributionView v) {
      NewContribution c = v.contribution();
      return new ContributionResponse(v.id().toString(), c.state().value(), c.body(), c.amount().toPlainString(),
          c.currency(), c.from(), c.to(), Source.of(c.source()), c.illustrative(), c.note(), v.recordedBy(),
          v.recordedAt());
    }
  }

  static List<String> codes(java.util.Collection<StateCode> states) {
    return states.stream().map(StateCode::value).toList();
  }

  @PostMapping("/scenarios/evaluations")
  @PreAuthorize("permitAll()")
  ResultResponse evaluate(@RequestBody ScenarioRequest request) {
    return ResultResponse.of(scenarios.evaluate(request.spec()));
  }

  @GetMapping("/scenarios")
  @PreAuthorize("permitAll()")
  List<ScenarioResponse> list() {
    return scenarios.scenarios().stream().map(ScenarioResponse::of).toList();
  }

  @PostMapping("/scenarios")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  ResponseEntity<ScenarioResponse> save(@RequestBody ScenarioRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(ScenarioResponse.of(scenarios.save(request.spec(), request.reason())));
  }

  @GetMapping("/scenarios/{id}/versions")
  @PreAuthorize("permitAll()")
  List<ScenarioResponse> versions(@PathVariable String id) {
    return scenarios.versions(id).stream().map(ScenarioResponse::of).toList();
  }

  @GetMapping("/scenarios/{id}")
  @PreAuthorize("permitAll()")
  ResultResponse result(@PathVariable String id, @RequestParam(required = false) @Nullable Integer version) {
    return ResultResponse.of(scenarios.compare(List.of(version == null ? id : id + "@" + version)).get(0));
  }

  @GetMapping("/scenarios/comparison")
  @PreAuthorize("permitAll()")
  List<ResultResponse> compare(@RequestParam String ids) {
    List<String> refs = Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (refs.isEmpty()) {
      throw InvalidPositionException.field("ids", "name at least one saved scenario: ids=a,b@2");
    }
    return scenarios.compare(refs).stream().map(ResultResponse::of).toList();
  }

  @GetMapping("/contributions")
  @PreAuthorize("permitAll()")
  List<ContributionResponse> contributions(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
    return scenarios.contributions(PositionsApiController.day(asOf)).stream().map(ContributionResponse::of).toList();
  }

  @PostMapping("/contributions")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  ResponseEntity<ContributionResponse> declare(@RequestBody ContributionRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(ContributionResponse.of(scenarios.declare(request.command())));
  }
}

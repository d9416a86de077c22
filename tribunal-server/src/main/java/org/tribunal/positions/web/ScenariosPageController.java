package org.tribunal.positions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import org.tribunal.positions.ScenarioResult;
import org.tribunal.positions.ScenarioSpec;
import org.tribunal.positions.ScenarioView;
import org.tribunal.positions.ViabilityScenarios;
import org.tribunal.shared.StateCode;

/**
 * The viability page: try a scenario (states and a date), pick saved scenarios and see them side by
 * side in one table (one column per scenario); the secretariat saves scenarios from here.
 */
@Controller
@RequestMapping("/positions/scenarios")
class ScenariosPageController {

  private final ViabilityScenarios scenarios;

  ScenariosPageController(ViabilityScenarios scenarios) {
    this.scenarios = scenarios;
  }

  @GetMapping
  @PreAuthorize("permitAll()")
  String page(@RequestParam(required = false) @Nullable List<String> ids,
      @RequestParam(required = false) @Nullable String states,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
      jakarta.servlet.http.HttpServletRequest request, Model model) {
    List<ScenarioResult> columns = new ArrayList<>();
    if (ids != null && !ids.isEmpty()) {
      columns.addAll(scenarios.compare(ids.stream().flatMap(s -> Arrays.stream(s.split(","))).map(String::strip)
          .filter(s -> !s.isEmpty()).toList()));
    }
    if (states != null && !states.isBlank()) {
      columns.add(scenarios.evaluate(ScenarioSpec.of("(not saved)", parse(states),
          on == null ? LocalDate.now() : on)));
    }
    List<ScenarioView> saved = scenarios.scenarios();
    List<ScenarioView> all = new ArrayList<>();
    for (ScenarioView s : saved) {
      all.addAll(scenarios.versions(s.id()));
    }
    model.addAttribute("saved", all);
    model.addAttribute("columns", columns);
    model.addAttribute("selected", ids == null ? List.of() : ids);
    model.addAttribute("states", states == null ? "" : states);
    model.addAttribute("on", on == null ? LocalDate.now() : on);
    model.addAttribute("rows", Rows.of(columns));
    model.addAttribute("canEdit", request.isUserInRole("SECRETARIAT") || request.isUserInRole("ADMIN"));
    return "positions/scenarios";
  }

  @PostMapping
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  String save(@RequestParam String name, @RequestParam String states,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      @RequestParam(required = false) @Nullable String description,
      @RequestParam(required = false) @Nullable String reason) {
    ScenarioView v = scenarios.save(new ScenarioSpec(name, blank(description), parse(states), on), blank(reason));
    return "redirect:/positions/scenarios?ids=" + UriUtils.encodeQueryParam(v.ref(), "UTF-8");
  }

  private static SortedSet<StateCode> parse(String states) {
    SortedSet<StateCode> out = new TreeSet<>();
    for (String s : states.split("[,;\\s]+")) {
      if (!s.isBlank()) {
        out.add(StateCode.of(s.strip().toUpperCase(Locale.ROOT)));
      }
    }
    return out;
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * The side-by-side table: one row per measure, one cell per scenario column.
   *
   * @param label the measure
   * @param cells one text per column
   * @param group the section the row belongs to
   */
  record Rows(String group, String label, List<String> cells) {

    static List<Rows> of(List<ScenarioResult> columns) {
      List<Rows> rows = new ArrayList<>();
      if (columns.isEmpty()) {
        return rows;
      }
      rows.add(new Rows("scenario", "withdrawing", columns.stream()
          .map(c -> String.join(", ", c.spec().withdrawing().stream().map(StateCode::value).toList())).toList()));
      rows.add(new Rows("scenario", "on", columns.stream().map(c -> c.on().toString()).toList()));
      rows.add(group("groups", "coalition", columns, c -> c.coalition()));
      rows.add(group("groups", "core group", columns, c -> c.coreGroup()));
      for (int i = 0; i < columns.get(0).bodies().size(); i++) {
        int k = i;
        rows.add(group("groups", columns.get(0).bodies().get(k).body(), columns,
            c -> c.bodies().size() > k ? c.bodies().get(k) : null));
      }
      List<String> ruleIds = columns.stream().flatMap(c -> c.rules().stream().map(r -> r.rule())).distinct().toList();
      for (String rule : ruleIds) {
        rows.add(new Rows("rules", rule, columns.stream().map(c -> c.rules().stream().filter(r -> r.rule().equals(rule))
            .findFirst().map(r -> r.satisfiedBefore() + " → " + r.satisfiedAfter()
                + (r.lost().isEmpty() ? "" : " (−" + String.join(", ", r.lost().stream().map(StateCode::value)
                    .toList()) + ")"))
            .orElse("–")).toList()));
      }
      List<String> instruments = columns.stream().flatMap(c -> c.instruments().stream().map(i -> i.instrument()))
          .distinct().toList();
      for (String id : instruments) {
        rows.add(new Rows("instruments", id, columns.stream().map(c -> c.instruments().stream()
            .filter(i -> i.instrument().equals(id)).findFirst()
            .map(i -> i.countedBefore() + " → " + i.countedAfter()
                + (i.required() == null ? "" : " / " + i.required()) + ": " + i.before() + " → " + i.after())
            .orElse("–")).toList()));
      }
      List<String> currencies = columns.stream().flatMap(c -> c.contributions().stream().map(x -> x.currency()))
          .distinct().sorted().toList();
      for (String cur : currencies) {
        rows.add(new Rows("contributions", cur, columns.stream().map(c -> c.contributions().stream()
            .filter(x -> x.currency().equals(cur)).findFirst()
            .map(x -> x.lost().toPlainString() + " / " + x.declared().toPlainString() + " ("
                + x.share().movePointRight(2).stripTrailingZeros().toPlainString() + " %)"
                + (x.illustrative() ? " [illustrative]" : ""))
            .orElse("–")).toList()));
      }
      return rows;
    }

    private static Rows group(String group, String label, List<ScenarioResult> columns,
        java.util.function.Function<ScenarioResult, ScenarioResult.@Nullable GroupSize> pick) {
      return new Rows(group, label, columns.stream().map(pick).map(g -> g == null ? "–"
          : g.before() + " → " + g.after() + (g.leaving().isEmpty() ? ""
              : " (−" + String.join(", ", g.leaving().stream().map(StateCode::value).toList()) + ")")).toList());
    }
  }
}

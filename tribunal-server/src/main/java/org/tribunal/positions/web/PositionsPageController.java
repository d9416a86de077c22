package org.tribunal.positions.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.springframework.web.multipart.MultipartFile;
import org.tribunal.positions.Claim;
import org.tribunal.positions.ImportFormat;
import org.tribunal.positions.ImportRejectedException;
import org.tribunal.positions.NewText;
import org.tribunal.positions.ParticipationRules;
import org.tribunal.positions.PositionKind;
import org.tribunal.positions.PositionManagement;
import org.tribunal.positions.PositionQueries;
import org.tribunal.positions.PositionView;
import org.tribunal.positions.RuleEvaluation;
import org.tribunal.positions.TextFilter;
import org.tribunal.positions.TextId;
import org.tribunal.positions.TextView;
import org.tribunal.positions.VoteImports;
import org.tribunal.shared.DomainException;
import org.tribunal.shared.StateCode;

/** The positions pages: texts with their map, state timelines, shifts, rule answers, matrix, imports. */
@Controller
@RequestMapping("/positions")
class PositionsPageController {

  private final PositionQueries queries;
  private final PositionManagement management;
  private final ParticipationRules rules;
  private final VoteImports imports;
  private final PositionsJson json;

  PositionsPageController(PositionQueries queries, PositionManagement management, ParticipationRules rules,
      VoteImports imports, PositionsJson json) {
    this.queries = queries;
    this.management = management;
    this.rules = rules;
    this.imports = imports;
    this.json = json;
  }

  static LocalDate day(@Nullable LocalDate asOf) {
    return asOf == null ? LocalDate.now() : asOf;
  }

  @GetMapping
  @PreAuthorize("permitAll()")
  String index(@RequestParam(required = false) @Nullable String body,
      @RequestParam(required = false) @Nullable String claim,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
      Model model) {
    model.addAttribute("texts", queries.texts(new TextFilter(blank(body), claim(claim), null), day(asOf)));
    model.addAttribute("claims", queries.claims());
    model.addAttribute("bodies", queries.bodies());
    model.addAttribute("rules", rules.rules());
    model.addAttribute("body", blank(body));
    model.addAttribute("claim", blank(claim));
    model.addAttribute("asOf", day(asOf));
    return "positions/index";
  }

  @GetMapping("/texts/{id}")
  @PreAuthorize("permitAll()")
  String text(@PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
      Model model) {
    TextView text = queries.getText(TextId.of(id));
    List<PositionView> positions = queries.positionsOn(text.id(), day(asOf));
    Map<String, String> byState = new TreeMap<>();
    for (PositionView p : positions) {
      if (p.kind().slot() == PositionKind.Slot.VOTE || !byState.containsKey(p.state().value())) {
        byState.put(p.state().value(), p.kind().name());
      }
    }
    Map<String, Long> counts = new TreeMap<>();
    byState.values().forEach(k -> counts.merge(k, 1L, Long::sum));
    model.addAttribute("text", text);
    model.addAttribute("positions", positions);
    model.addAttribute("mapValues", json.write(byState));
    model.addAttribute("counts", counts);
    model.addAttribute("claim", text.claims().isEmpty() ? Claim.NAMES_AGGRESSOR.code() : text.claims().first().code());
    model.addAttribute("asOf", day(asOf));
    List<TextView> versions = new ArrayList<>(queries.textHistory(text.id()));
    java.util.Collections.reverse(versions);
    model.addAttribute("versions", versions);
    return "positions/text";
  }

  @GetMapping("/texts/{id}/corrections")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  String correctionForm(@PathVariable String id, Model model) {
    TextView text = queries.getText(TextId.of(id));
    model.addAttribute("text", text);
    model.addAttribute("form", TextCorrectionForm.of(text));
    model.addAttribute("claims", queries.claims());
    return "positions/text-correction";
  }

  @PostMapping("/texts/{id}/corrections")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  String correct(@PathVariable String id, TextCorrectionForm form, Model model) {
    TextView text = queries.getText(TextId.of(id));
    try {
      management.correctText(form.apply(text), form.reason() == null ? "" : form.reason());
    } catch (DomainException e) {
      model.addAttribute("text", text);
      model.addAttribute("form", form);
      model.addAttribute("claims", queries.claims());
      model.addAttribute("error", e.getMessage());
      return "positions/text-correction";
    }
    return "redirect:/positions/texts/" + text.id().value();
  }

  /** The fields of a text a correction form edits; the others keep their current values. */
  record TextCorrectionForm(@Nullable String title, @Nullable String body,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date, @Nullable String link,
      @Nullable String fullText, @Nullable String note, @Nullable List<String> claims, @Nullable Boolean unconfirmed,
      @Nullable String sourceUrl, @Nullable String reason) {

    static TextCorrectionForm of(TextView t) {
      return new TextCorrectionForm(t.title(), t.body(), t.date(), t.link(), t.fullText(), t.note(),
          t.claims().stream().map(Claim::code).toList(), t.unconfirmed(), t.source().url(), null);
    }

    public boolean claimed(String code) {
      return claims != null && claims.contains(code);
    }

    NewText apply(TextView t) {
      org.tribunal.shared.SourceRef source = blank(sourceUrl) == null || sourceUrl.equals(t.source().url())
          ? t.source() : org.tribunal.shared.SourceRef.ofUrl(sourceUrl);
      java.util.Set<Claim> chosen = new java.util.TreeSet<>();
      if (claims != null) {
        claims.forEach(c -> chosen.add(Claim.of(c)));
      }
      return new NewText(t.id(), t.symbol(), t.kind(), body == null ? "" : body, date, title == null ? "" : title,
          blank(fullText), blank(link), chosen, t.amends(), t.officialTally(), t.undlId(), source,
          Boolean.TRUE.equals(unconfirmed),
          blank(note));
    }
  }

  @GetMapping("/states/{state}")
  @PreAuthorize("permitAll()")
  String state(@PathVariable String state, @RequestParam(required = false) @Nullable String claim,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
      Model model) {
    StateCode code = StateCode.of(state);
    Claim c = claim(claim) == null ? Claim.NAMES_AGGRESSOR : claim(claim);
    var timeline = queries.timeline(code, c, day(asOf));
    List<Map<String, Object>> chart = new ArrayList<>();
    for (var p : timeline.points()) {
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("date", p.date().toString());
      point.put("stance", p.stance().name());
      point.put("text", p.text().label());
      point.put("kind", p.position().kind().name());
      chart.add(point);
    }
    model.addAttribute("state", code.value());
    model.addAttribute("claim", c.code());
    model.addAttribute("claims", queries.claims());
    model.addAttribute("timeline", timeline);
    model.addAttribute("chart", json.write(chart));
    model.addAttribute("positions", queries.positionsOf(code, day(asOf)));
    model.addAttribute("asOf", day(asOf));
    return "positions/state";
  }

  @GetMapping("/shifts")
  @PreAuthorize("permitAll()")
  String shifts(@RequestParam(required = false) @Nullable String body,
      @RequestParam(required = false) @Nullable String claim, Model model) {
    model.addAttribute("shifts", queries.shifts(PositionsApiController.filter(blank(body), blank(claim), null, null,
        null)));
    model.addAttribute("claims", queries.claims());
    model.addAttribute("bodies", queries.bodies());
    model.addAttribute("body", blank(body));
    model.addAttribute("claim", blank(claim));
    return "positions/shifts";
  }

  @GetMapping("/rules/{id}")
  @PreAuthorize("permitAll()")
  String rule(@PathVariable String id, @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
      Model model) {
    List<RuleEvaluation> evaluations = blank(state) == null ? rules.evaluateAll(id, null, day(asOf))
        : List.of(rules.evaluate(id, null, StateCode.of(state), day(asOf)));
    model.addAttribute("rule", rules.versions(id));
    model.addAttribute("evaluations", evaluations);
    model.addAttribute("detailed", blank(state) != null);
    model.addAttribute("ruleId", id);
    model.addAttribute("asOf", day(asOf));
    return "positions/rule";
  }

  @GetMapping("/matrix")
  @PreAuthorize("permitAll()")
  Object matrix(@RequestParam(required = false) @Nullable String body,
      @RequestParam(required = false) @Nullable String claim,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
      @RequestParam(required = false) @Nullable String format, Model model) {
    List<TextView> texts = queries.texts(new TextFilter(blank(body), claim(claim), null), day(asOf));
    Map<String, Map<String, String>> cells = new TreeMap<>();
    for (TextView t : texts) {
      for (PositionView p : queries.positionsOn(t.id(), day(asOf))) {
        Map<String, String> row = cells.computeIfAbsent(p.state().value(), k -> new TreeMap<>());
        if (p.kind().slot() == PositionKind.Slot.VOTE || !row.containsKey(t.id().value())) {
          row.put(t.id().value(), p.kind().name());
        }
      }
    }
    if ("csv".equalsIgnoreCase(format)) {
      List<String> header = new ArrayList<>(List.of("state"));
      texts.forEach(t -> header.add(t.label()));
      List<List<@Nullable Object>> rows = new ArrayList<>();
      cells.forEach((s, row) -> {
        List<@Nullable Object> r = new ArrayList<>();
        r.add(s);
        texts.forEach(t -> r.add(row.getOrDefault(t.id().value(), "")));
        rows.add(r);
      });
      return PositionsApiController.csv("matrix", Csv.of(header, rows));
    }
    model.addAttribute("texts", texts);
    model.addAttribute("cells", cells);
    model.addAttribute("claims", queries.claims());
    model.addAttribute("bodies", queries.bodies());
    model.addAttribute("body", blank(body));
    model.addAttribute("claim", blank(claim));
    model.addAttribute("asOf", day(asOf));
    return "positions/matrix";
  }

  @GetMapping("/imports")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  String importForm(Model model) {
    model.addAttribute("formats", ImportFormat.values());
    return "positions/imports";
  }

  @PostMapping("/imports")
  @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
  String importUpload(@RequestParam(value = "file", required = false) @Nullable MultipartFile file,
      @RequestParam(defaultValue = "UNDL") ImportFormat format,
      @RequestParam(required = false) @Nullable String text, @RequestParam(defaultValue = "false") boolean dryRun,
      Model model) throws IOException {
    model.addAttribute("formats", ImportFormat.values());
    if (file == null || file.isEmpty()) {
      model.addAttribute("problems", List.of(new org.tribunal.positions.ImportProblem("(none)", 0, "file", null,
          "choose a file to import", List.of())));
      return "positions/imports";
    }
    try (InputStream in = file.getInputStream()) {
      String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
      model.addAttribute("report", imports.importFile(format, name, in,
          blank(text) == null ? null : TextId.fromSymbol(text), dryRun));
    } catch (ImportRejectedException e) {
      model.addAttribute("problems", e.problems());
    }
    return "positions/imports";
  }

  static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static @Nullable Claim claim(@Nullable String s) {
    return blank(s) == null ? null : Claim.of(s);
  }
}

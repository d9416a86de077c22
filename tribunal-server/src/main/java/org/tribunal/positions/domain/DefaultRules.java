package org.tribunal.positions.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.coalition.CoalitionQueries;
import org.tribunal.positions.Claim;
import org.tribunal.positions.DuplicateTextException;
import org.tribunal.positions.InvalidPositionException;
import org.tribunal.positions.NewRule;
import org.tribunal.positions.ParticipationRules;
import org.tribunal.positions.PositionView;
import org.tribunal.positions.RuleEvaluation;
import org.tribunal.positions.RuleSpec;
import org.tribunal.positions.RuleView;
import org.tribunal.positions.TextId;
import org.tribunal.positions.TextView;
import org.tribunal.positions.UnknownPositionEntityException;
import org.tribunal.record.PublicRecord;
import org.tribunal.shared.StateCode;

/** Stores versioned participation rules and evaluates them. Public for the demo loader. */
@Service
public class DefaultRules implements ParticipationRules {

  /** The demo rule's id. */
  public static final String DEMO_RULE = "acknowledges-aggression";

  private final JdbcClient jdbc;
  private final PositionStore store;
  private final PublicRecord record;

  private final CoalitionQueries coalition;

  DefaultRules(JdbcClient jdbc, PositionStore store, PublicRecord record, CoalitionQueries coalition) {
    this.coalition = coalition;
    this.jdbc = jdbc;
    this.store = store;
    this.record = record;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RuleView> rules() {
    return jdbc.sql("SELECT DISTINCT ON (rule_id) * FROM positions.rule_version ORDER BY rule_id, version DESC")
        .query((rs, i) -> row(rs)).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<RuleView> versions(String id) {
    List<RuleView> versions = jdbc.sql("SELECT * FROM positions.rule_version WHERE rule_id = ? ORDER BY version")
        .param(id).query((rs, i) -> row(rs)).list();
    if (versions.isEmpty()) {
      throw UnknownPositionEntityException.rule(id);
    }
    return versions;
  }

  @Override
  @Transactional
  public RuleView define(NewRule rule) {
    if (jdbc.sql("SELECT count(*) FROM positions.rule_version WHERE rule_id = ?").param(rule.id())
        .query(Integer.class).single() > 0) {
      throw DuplicateTextException.rule(rule.id());
    }
    insert(rule, 1);
    RuleView view = versions(rule.id()).get(0);
    record.append(RecordEntries.rule(view));
    return view;
  }

  @Override
  @Transactional
  public RuleView revise(NewRule rule) {
    List<RuleView> versions = versions(rule.id());
    if (rule.reason() == null || rule.reason().isBlank()) {
      throw InvalidPositionException.field("reason", "a new version of a rule needs a reason");
    }
    insert(rule, versions.get(versions.size() - 1).version() + 1);
    List<RuleView> after = versions(rule.id());
    RuleView view = after.get(after.size() - 1);
    record.append(RecordEntries.rule(view));
    return view;
  }

  /** Defines the demo rule unless it exists. */
  @Transactional
  public void defineDemoRule() {
    if (jdbc.sql("SELECT count(*) FROM positions.rule_version WHERE rule_id = ?").param(DEMO_RULE)
        .query(Integer.class).single() == 0) {
      define(new NewRule(DEMO_RULE, "Acknowledges aggression",
          "A state acknowledges the aggression as of a date if its latest position within 24 months on any text"
              + " that names the aggressor is supporting (sponsored, signed or voted yes). Unconfirmed positions"
              + " are listed but do not count.",
          new RuleSpec(Set.of(Claim.NAMES_AGGRESSOR), 24, RuleSpec.Requirement.LATEST_SUPPORTS, false, Set.of()),
          LocalDate.of(2022, 2, 24), null));
    }
  }

  private void insert(NewRule rule, int version) {
    for (Claim c : rule.spec().claims()) {
      if (!store.claimExists(c)) {
        throw UnknownPositionEntityException.claim(c);
      }
    }
    RuleSpec s = rule.spec();
    jdbc.sql("""
        INSERT INTO positions.rule_version (rule_id, version, name, description, claims, window_months, requirement,
          count_unconfirmed, bodies, valid_from, reason, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""")
        .params(rule.id(), version, rule.name(), rule.description(),
            s.claims().stream().map(Claim::code).sorted().collect(Collectors.joining(";")), s.windowMonths(),
            s.requirement().name(), s.countUnconfirmed(), String.join(";", new TreeSet<>(s.bodies())),
            Date.valueOf(rule.validFrom()), rule.reason(), Recorder.current())
        .update();
  }

  private RuleView ruleFor(String id, @Nullable Integer version, LocalDate asOf) {
    List<RuleView> versions = versions(id);
    if (version != null) {
      return versions.stream().filter(v -> v.version() == version).findFirst()
          .orElseThrow(() -> UnknownPositionEntityException.rule(id + " version " + version));
    }
    return versions.stream().filter(v -> !v.validFrom().isAfter(asOf))
        .max(Comparator.comparing(RuleView::validFrom).thenComparingInt(RuleView::version))
        .orElseThrow(() -> UnknownPositionEntityException.rule(id + " (no version in force on " + asOf + ")"));
  }

  @Override
  @Transactional(readOnly = true)
  public RuleEvaluation evaluate(String rule, @Nullable Integer version, StateCode state, LocalDate asOf) {
    RuleView r = ruleFor(rule, version, asOf);
    PositionStore.OnClaims on = store.onClaims(state, r.spec().claims(), asOf);
    return RuleEvaluator.evaluate(r, state, asOf, on.positions(), on.texts());
  }

  @Override
  @Transactional(readOnly = true)
  public List<RuleEvaluation> evaluateAll(String rule, @Nullable Integer version, LocalDate asOf) {
    RuleView r = ruleFor(rule, version, asOf);
    PositionStore.OnClaims on = store.onClaims(null, r.spec().claims(), asOf);
    Map<TextId, TextView> texts = on.texts();
    Map<StateCode, List<PositionView>> byState = on.positions().stream()
        .collect(Collectors.groupingBy(PositionView::state));
    Set<StateCode> states = new TreeSet<>(byState.keySet());
    states.addAll(knownStates());
    List<RuleEvaluation> out = new ArrayList<>();
    for (StateCode s : states) {
      out.add(RuleEvaluator.evaluate(r, s, asOf, byState.getOrDefault(s, List.of()), texts));
    }
    return out;
  }

  /** The coalition registry's states (every state a rule can be asked about). */
  private List<StateCode> knownStates() {
    return coalition.states().stream().map(org.tribunal.coalition.StateView::code).toList();
  }

  private static RuleView row(java.sql.ResultSet rs) throws java.sql.SQLException {
    Set<Claim> claims = Arrays.stream(rs.getString("claims").split(";")).filter(c -> !c.isBlank()).map(Claim::of)
        .collect(Collectors.toSet());
    Set<String> bodies = Arrays.stream(rs.getString("bodies").split(";")).filter(b -> !b.isBlank())
        .collect(Collectors.toSet());
    RuleSpec spec = new RuleSpec(claims, rs.getInt("window_months"),
        RuleSpec.Requirement.valueOf(rs.getString("requirement")), rs.getBoolean("count_unconfirmed"), bodies);
    return new RuleView(rs.getString("rule_id"), rs.getInt("version"), rs.getString("name"),
        rs.getString("description"), spec, rs.getDate("valid_from").toLocalDate(), rs.getString("reason"),
        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
  }
}

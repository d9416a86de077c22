package org.tribunal.positions.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.coalition.BodyId;
import org.tribunal.coalition.BodyView;
import org.tribunal.coalition.ChartRow;
import org.tribunal.coalition.CoalitionQueries;
import org.tribunal.coalition.EntryIntoForceRule;
import org.tribunal.coalition.InstrumentChart;
import org.tribunal.coalition.InstrumentView;
import org.tribunal.coalition.MembershipView;
import org.tribunal.coalition.Party;
import org.tribunal.positions.ContributionView;
import org.tribunal.positions.InvalidPositionException;
import org.tribunal.positions.NewContribution;
import org.tribunal.positions.ParticipationRules;
import org.tribunal.positions.RuleEvaluation;
import org.tribunal.positions.RuleView;
import org.tribunal.positions.ScenarioResult;
import org.tribunal.positions.ScenarioResult.Condition;
import org.tribunal.positions.ScenarioResult.ContributionLoss;
import org.tribunal.positions.ScenarioResult.GroupSize;
import org.tribunal.positions.ScenarioResult.InstrumentOutcome;
import org.tribunal.positions.ScenarioResult.RuleOutcome;
import org.tribunal.positions.ScenarioSpec;
import org.tribunal.positions.ScenarioView;
import org.tribunal.positions.UnknownPositionEntityException;
import org.tribunal.positions.Verdict;
import org.tribunal.positions.ViabilityScenarios;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * Evaluates and stores viability scenarios and contribution declarations. Memberships and instruments
 * come from the coalition registry's facade; nothing here reads the coalition's tables.
 */
@Service
class DefaultScenarios implements ViabilityScenarios {

  /** The body id used for the union of the coalition's bodies. */
  static final String COALITION = "COALITION";

  private final JdbcClient jdbc;
  private final CoalitionQueries coalition;
  private final ParticipationRules rules;
  private final PublicRecord record;
  private final List<String> coalitionBodies;
  private final String coreGroup;

  DefaultScenarios(JdbcClient jdbc, CoalitionQueries coalition, ParticipationRules rules, PublicRecord record,
      @Value("${tribunal.positions.coalition-bodies:CORE_GROUP,EPA_TRIBUNAL,ICPA,JIT_UKRAINE,RD4U}")
      List<String> coalitionBodies,
      @Value("${tribunal.positions.core-group:CORE_GROUP}") String coreGroup) {
    this.jdbc = jdbc;
    this.coalition = coalition;
    this.rules = rules;
    this.record = record;
    this.coalitionBodies = List.copyOf(coalitionBodies);
    this.coreGroup = coreGroup;
  }

  @Override
  @Transactional(readOnly = true)
  public ScenarioResult evaluate(ScenarioSpec spec) {
    return evaluate(null, spec);
  }

  private ScenarioResult evaluate(@Nullable ScenarioView saved, ScenarioSpec spec) {
    requireStates(spec.withdrawing());
    LocalDate on = spec.on();
    Set<StateCode> leaving = spec.withdrawing();
    Map<String, BodyView> bodies = coalition.bodies().stream()
        .collect(Collectors.toMap(b -> b.id().value(), b -> b, (a, b) -> a, TreeMap::new));

    List<GroupSize> sizes = new ArrayList<>();
    SortedSet<StateCode> members = new TreeSet<>();
    for (String body : coalitionBodies) {
      BodyView view = bodies.get(body);
      if (view == null) {
        continue;
      }
      SortedSet<StateCode> in = statesIn(view.id(), on);
      members.addAll(in);
      sizes.add(size(body, view.name(), in, leaving));
    }
    GroupSize core = bodies.containsKey(coreGroup)
        ? size(coreGroup, bodies.get(coreGroup).name(), statesIn(bodies.get(coreGroup).id(), on), leaving)
        : new GroupSize(coreGroup, coreGroup, 0, 0, List.of());
    GroupSize all = size(COALITION, "Coalition (states in " + String.join(", ", coalitionBodies) + ")", members,
        leaving);

    return new ScenarioResult(saved, spec, all, core, sizes, ruleOutcomes(members, leaving, on),
        instrumentOutcomes(leaving, on), contributionLosses(leaving, on));
  }

  private SortedSet<StateCode> statesIn(BodyId body, LocalDate on) {
    SortedSet<StateCode> states = new TreeSet<>();
    for (MembershipView m : coalition.membersOf(body, on)) {
      if (m.party().isState()) {
        states.add(StateCode.of(m.party().code()));
      }
    }
    return states;
  }

  private static GroupSize size(String body, String name, Set<StateCode> before, Set<StateCode> leaving) {
    List<StateCode> out = before.stream().filter(leaving::contains).sorted().toList();
    return new GroupSize(body, name, before.size(), before.size() - out.size(), out);
  }

  private List<RuleOutcome> ruleOutcomes(Set<StateCode> members, Set<StateCode> leaving, LocalDate on) {
    List<RuleOutcome> out = new ArrayList<>();
    for (RuleView rule : rules.rules()) {
      List<RuleEvaluation> answers;
      try {
        answers = rules.evaluateAll(rule.id(), null, on);
      } catch (UnknownPositionEntityException noVersionInForce) {
        continue;
      }
      if (answers.isEmpty()) {
        continue;
      }
      Set<StateCode> satisfying = answers.stream().filter(e -> e.verdict() == Verdict.SATISFIED)
          .map(RuleEvaluation::state).filter(members::contains).collect(Collectors.toCollection(TreeSet::new));
      List<StateCode> lost = satisfying.stream().filter(leaving::contains).toList();
      RuleEvaluation first = answers.get(0);
      out.add(new RuleOutcome(rule.id(), first.version(), first.ruleName(), satisfying.size(),
          satisfying.size() - lost.size(), lost));
    }
    return out;
  }

  private List<InstrumentOutcome> instrumentOutcomes(Set<StateCode> leaving, LocalDate on) {
    List<InstrumentOutcome> out = new ArrayList<>();
    for (InstrumentView instrument : coalition.instruments()) {
      InstrumentChart chart = coalition.chart(instrument.id(), on);
      EntryIntoForceRule rule = instrument.entryIntoForce();
      boolean bySignature = rule instanceof EntryIntoForceRule.OnSignature;
      List<Party> counted = new ArrayList<>();
      for (ChartRow row : chart.rows()) {
        if (row.standing() == ChartRow.Standing.WITHDRAWN) {
          continue;
        }
        boolean counts = bySignature ? row.signedOn() != null || row.consentedOn() != null
            : row.consentedOn() != null;
        if (counts) {
          counted.add(row.party());
        }
      }
      List<StateCode> out1 = counted.stream().filter(Party::isState).map(p -> StateCode.of(p.code()))
          .filter(leaving::contains).sorted().toList();
      int before = counted.size();
      int after = before - out1.size();
      Integer required = null;
      if (rule instanceof EntryIntoForceRule.AfterConsents c) {
        required = c.consents();
      } else if (rule instanceof EntryIntoForceRule.OnSignature s) {
        required = s.signatures();
      }
      Condition cBefore = condition(rule, required, before);
      Condition cAfter = condition(rule, required, after);
      out.add(new InstrumentOutcome(instrument.id().value(), instrument.title(), rule.describe(), required, before,
          after, cBefore, cAfter, out1));
    }
    return out;
  }

  private static Condition condition(EntryIntoForceRule rule, @Nullable Integer required, int count) {
    if (rule instanceof EntryIntoForceRule.Textual) {
      return Condition.UNDETERMINED;
    }
    if (required == null) {
      return Condition.NO_MINIMUM;
    }
    return count >= required ? Condition.MET : Condition.NOT_MET;
  }

  private List<ContributionLoss> contributionLosses(Set<StateCode> leaving, LocalDate on) {
    Map<String, BigDecimal> declared = new TreeMap<>();
    Map<String, BigDecimal> lost = new TreeMap<>();
    Map<String, Boolean> illustrative = new TreeMap<>();
    Map<String, SortedSet<StateCode>> from = new TreeMap<>();
    for (ContributionView c : contributions(on)) {
      NewContribution n = c.contribution();
      declared.merge(n.currency(), n.amount(), BigDecimal::add);
      illustrative.merge(n.currency(), n.illustrative(), Boolean::logicalOr);
      if (leaving.contains(n.state())) {
        lost.merge(n.currency(), n.amount(), BigDecimal::add);
        from.computeIfAbsent(n.currency(), k -> new TreeSet<>()).add(n.state());
      }
    }
    List<ContributionLoss> out = new ArrayList<>();
    for (var e : declared.entrySet()) {
      BigDecimal l = lost.getOrDefault(e.getKey(), BigDecimal.ZERO);
      BigDecimal share = e.getValue().signum() == 0 ? BigDecimal.ZERO.setScale(4)
          : l.divide(e.getValue(), 4, RoundingMode.HALF_EVEN);
      out.add(new ContributionLoss(e.getKey(), e.getValue(), l, share, illustrative.get(e.getKey()),
          List.copyOf(from.getOrDefault(e.getKey(), new TreeSet<>()))));
    }
    return out;
  }

  private void requireStates(Set<StateCode> states) {
    for (StateCode s : states) {
      if (coalition.findState(s).isEmpty()) {
        throw UnknownPositionEntityException.state(s);
      }
    }
  }

  // ---- saved scenarios

  @Override
  @Transactional
  public ScenarioView save(ScenarioSpec spec, @Nullable String reason) {
    requireStates(spec.withdrawing());
    String id = spec.key();
    List<ScenarioView> existing = find(id);
    if (!existing.isEmpty() && (reason == null || reason.isBlank())) {
      throw InvalidPositionException.field("reason", "scenario " + id + " exists; a new version needs a reason");
    }
    int version = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).version() + 1;
    jdbc.sql("""
        INSERT INTO positions.scenario (id, version, name, description, withdrawing, withdraw_on, reason, recorded_by)
        VALUES (?,?,?,?,?,?,?,?)""")
        .params(id, version, spec.name(), spec.description(),
            spec.withdrawing().stream().map(StateCode::value).collect(Collectors.joining(";")),
            Date.valueOf(spec.on()), existing.isEmpty() ? null : reason, Recorder.current())
        .update();
    ScenarioView saved = find(id).get(version - 1);
    Map<String, @Nullable Object> d = new LinkedHashMap<>();
    d.put("name", spec.name());
    d.put("description", spec.description());
    d.put("withdrawing", spec.withdrawing().stream().map(StateCode::value).toList());
    d.put("on", spec.on().toString());
    d.put("reason", saved.reason());
    record.append(new RecordEntry("positions.scenario", id, version, spec.on(), saved.recordedBy(), null, d));
    return saved;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ScenarioView> scenarios() {
    return jdbc.sql("SELECT DISTINCT ON (id) * FROM positions.scenario ORDER BY id, version DESC")
        .query((rs, i) -> scenario(rs)).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<ScenarioView> versions(String id) {
    List<ScenarioView> versions = find(id);
    if (versions.isEmpty()) {
      throw UnknownPositionEntityException.scenario(id);
    }
    return versions;
  }

  private List<ScenarioView> find(String id) {
    return jdbc.sql("SELECT * FROM positions.scenario WHERE id = ? ORDER BY version").param(id)
        .query((rs, i) -> scenario(rs)).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<ScenarioResult> compare(List<String> refs) {
    List<ScenarioResult> out = new ArrayList<>();
    for (String ref : refs) {
      String r = ref.strip();
      int at = r.lastIndexOf('@');
      String id = at < 0 ? r : r.substring(0, at);
      List<ScenarioView> versions = versions(id);
      ScenarioView v;
      if (at < 0) {
        v = versions.get(versions.size() - 1);
      } else {
        int n;
        try {
          n = Integer.parseInt(r.substring(at + 1));
        } catch (NumberFormatException e) {
          throw InvalidPositionException.field("scenarios", "'" + r + "' is not id or id@version");
        }
        v = versions.stream().filter(x -> x.version() == n).findFirst()
            .orElseThrow(() -> UnknownPositionEntityException.scenario(r));
      }
      out.add(evaluate(v, v.spec()));
    }
    return out;
  }

  private static ScenarioView scenario(ResultSet rs) throws SQLException {
    SortedSet<StateCode> states = Arrays.stream(rs.getString("withdrawing").split(";")).filter(s -> !s.isBlank())
        .map(StateCode::of).collect(Collectors.toCollection(TreeSet::new));
    ScenarioSpec spec = new ScenarioSpec(rs.getString("name"), rs.getString("description"), states,
        rs.getDate("withdraw_on").toLocalDate());
    return new ScenarioView(rs.getString("id"), rs.getInt("version"), spec, rs.getString("reason"),
        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
  }

  // ---- contributions

  @Override
  @Transactional(readOnly = true)
  public List<ContributionView> contributions(LocalDate asOf) {
    return jdbc.sql("""
        SELECT * FROM positions.contribution WHERE period_from <= ? AND (period_to IS NULL OR period_to > ?)
        ORDER BY state_code, body_id, period_from, id""")
        .params(Date.valueOf(asOf), Date.valueOf(asOf)).query((rs, i) -> contribution(rs)).list();
  }

  @Override
  @Transactional
  public ContributionView declare(NewContribution c) {
    requireStates(Set.of(c.state()));
    if (coalition.bodies().stream().noneMatch(b -> b.id().value().equals(c.body()))) {
      throw UnknownPositionEntityException.body(c.body());
    }
    UUID id = UUID.randomUUID();
    String by = Recorder.current();
    jdbc.sql("""
        INSERT INTO positions.contribution (id, state_code, body_id, amount, currency, period_from, period_to,
          source_title, source_publisher, source_date, source_url, illustrative, note, recorded_by)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
        .params(id, c.state().value(), c.body(), c.amount(), c.currency(), Date.valueOf(c.from()),
            c.to() == null ? null : Date.valueOf(c.to()), c.source().title(), c.source().publisher(),
            c.source().date() == null ? null : Date.valueOf(c.source().date()), c.source().url(), c.illustrative(),
            c.note(), by)
        .update();
    ContributionView view = jdbc.sql("SELECT * FROM positions.contribution WHERE id = ?").param(id)
        .query((rs, i) -> contribution(rs)).single();
    Map<String, @Nullable Object> d = new LinkedHashMap<>();
    d.put("state", c.state().value());
    d.put("body", c.body());
    d.put("amount", view.contribution().amount().toPlainString());
    d.put("currency", c.currency());
    d.put("from", c.from().toString());
    d.put("to", c.to() == null ? null : c.to().toString());
    d.put("illustrative", c.illustrative());
    d.put("note", c.note());
    record.append(new RecordEntry("positions.contribution", id.toString(), 1, c.from(), by, c.source(), d));
    return view;
  }

  private static ContributionView contribution(ResultSet rs) throws SQLException {
    Date to = rs.getDate("period_to");
    Date sd = rs.getDate("source_date");
    NewContribution c = new NewContribution(StateCode.of(rs.getString("state_code")), rs.getString("body_id"),
        rs.getBigDecimal("amount"), rs.getString("currency"), rs.getDate("period_from").toLocalDate(),
        to == null ? null : to.toLocalDate(),
        new SourceRef(rs.getString("source_title"), rs.getString("source_publisher"),
            sd == null ? null : sd.toLocalDate(), rs.getString("source_url")),
        rs.getBoolean("illustrative"), rs.getString("note"));
    return new ContributionView(rs.getObject("id", UUID.class), c, rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }
}

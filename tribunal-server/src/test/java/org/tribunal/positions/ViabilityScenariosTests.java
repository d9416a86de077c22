package org.tribunal.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tribunal.positions.ScenarioResult.Condition;
import org.tribunal.positions.ScenarioResult.ContributionLoss;
import org.tribunal.positions.ScenarioResult.RuleOutcome;
import org.tribunal.shared.StateCode;
import org.tribunal.support.IntegrationTest;

/** Viability scenarios over the demo data: the coalition registry's memberships and the demo rule. */
@IntegrationTest
class ViabilityScenariosTests {

  static final StateCode USA = StateCode.of("USA");
  static final StateCode DEU = StateCode.of("DEU");
  static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);

  @Autowired ViabilityScenarios scenarios;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void unitedStatesWithdrawingOnFirstMarch2025ShrinksTheCoreGroupAndCostsItsContributions() {
    ScenarioResult r = scenarios.evaluate(ScenarioSpec.of("US leaves (unsaved)", Set.of(USA), MARCH_2025));

    assertThat(r.coreGroup().before()).isGreaterThan(30);
    assertThat(r.coreGroup().after()).isEqualTo(r.coreGroup().before() - 1);
    assertThat(r.coreGroup().leaving()).containsExactly(USA);
    assertThat(r.coalition().after()).isEqualTo(r.coalition().before() - 1);
    assertThat(r.bodies()).anySatisfy(b -> {
      assertThat(b.body()).isEqualTo("ICPA");
      assertThat(b.leaving()).containsExactly(USA);
    });

    RuleOutcome rule = r.rules().stream().filter(o -> o.rule().equals("acknowledges-aggression")).findFirst()
        .orElseThrow();
    assertThat(rule.lost()).as("the US no longer acknowledged the aggression on 2025-03-01").isEmpty();
    assertThat(rule.satisfiedAfter()).isEqualTo(rule.satisfiedBefore()).isPositive();

    ContributionLoss eur = loss(r, "EUR");
    assertThat(eur.lost()).isEqualByComparingTo("3000000");
    assertThat(eur.share()).isEqualByComparingTo(eur.lost().divide(eur.declared(), 4, java.math.RoundingMode.HALF_EVEN));
    assertThat(eur.share()).isBetween(new BigDecimal("0.01"), new BigDecimal("0.99"));
    assertThat(eur.illustrative()).isTrue();
    assertThat(eur.from()).containsExactly(USA);
    assertThat(loss(r, "USD").share()).isEqualByComparingTo("1");

    assertThat(r.instruments()).anySatisfy(i -> {
      assertThat(i.instrument()).isEqualTo("CM_RES_2023_3");
      assertThat(i.before()).isEqualTo(Condition.NO_MINIMUM);
    });
    assertThat(r.instruments()).anySatisfy(i -> assertThat(i.after()).isEqualTo(Condition.UNDETERMINED));
  }

  @Test
  void aMemberThatSatisfiesTheRuleIsCountedAsLost() {
    ScenarioResult r = scenarios.evaluate(ScenarioSpec.of("Germany leaves", Set.of(DEU), MARCH_2025));
    RuleOutcome rule = r.rules().stream().filter(o -> o.rule().equals("acknowledges-aggression")).findFirst()
        .orElseThrow();
    assertThat(rule.lost()).containsExactly(DEU);
    assertThat(rule.satisfiedAfter()).isEqualTo(rule.satisfiedBefore() - 1);
    assertThat(loss(r, "USD").lost()).isEqualByComparingTo("0");
  }

  @Test
  void savedScenariosAreVersionedRecordedAndComparedSideBySide() {
    ScenarioView v1 = scenarios.save(ScenarioSpec.of("United States leaves", Set.of(USA), MARCH_2025), null);
    assertThat(v1.id()).isEqualTo("united-states-leaves");
    assertThat(v1.version()).isEqualTo(1);
    assertThatThrownBy(() -> scenarios.save(ScenarioSpec.of("United States leaves", Set.of(USA),
        LocalDate.of(2025, 6, 1)), " "))
        .isInstanceOf(InvalidPositionException.class);
    ScenarioView v2 = scenarios.save(ScenarioSpec.of("United States leaves", Set.of(USA), LocalDate.of(2025, 6, 1)),
        "after the Lviv statement");
    assertThat(v2.version()).isEqualTo(2);
    assertThat(scenarios.versions("united-states-leaves")).extracting(ScenarioView::version).containsExactly(1, 2);
    assertThat(scenarios.scenarios()).filteredOn(s -> s.id().equals("united-states-leaves"))
        .singleElement().extracting(ScenarioView::version).isEqualTo(2);

    List<ScenarioResult> side = scenarios.compare(List.of("united-states-leaves@1", "united-states-leaves"));
    assertThat(side).hasSize(2);
    assertThat(side.get(0).saved().version()).isEqualTo(1);
    assertThat(side.get(0).coreGroup().lost()).isEqualTo(1);
    assertThat(side.get(1).saved().version()).isEqualTo(2);
    assertThat(side.get(1).coreGroup().lost()).as("the US had left the core group by June 2025").isZero();

    assertThat(jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_type = 'positions.scenario'"
        + " AND record_id = 'united-states-leaves'").query(Integer.class).single()).isEqualTo(2);
    assertThatThrownBy(() -> scenarios.compare(List.of("united-states-leaves@9")))
        .isInstanceOf(UnknownPositionEntityException.class);
  }

  @Test
  void thePageShowsAnUnsavedScenarioInTheSideBySideTableAndTheApiAnswersProblems() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(
        "http://localhost:" + port + "/positions/scenarios?states=USA&on=2025-03-01")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("scenario-comparison").contains("core group").contains("(−USA)")
        .contains("[illustrative]");

    HttpResponse<String> evaluated = http.send(HttpRequest.newBuilder(URI.create(
        "http://localhost:" + port + "/api/v1/positions/scenarios/evaluations"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"name\":\"api\",\"withdrawing\":[\"usa\"],\"on\":\"2025-03-01\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(evaluated.statusCode()).isEqualTo(200);
    assertThat(evaluated.body()).contains("\"coreGroup\"").contains("\"leaving\":[\"USA\"]");

    HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(
        "http://localhost:" + port + "/api/v1/positions/scenarios/comparison?ids=no-such-scenario")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(unknown.body()).contains("/problems/unknown-scenario");
  }

  @Test
  void refusesAStateTheRegistryDoesNotKnow() {
    assertThatThrownBy(() -> scenarios.evaluate(ScenarioSpec.of("nobody", Set.of(StateCode.of("XXX")), MARCH_2025)))
        .isInstanceOf(UnknownPositionEntityException.class)
        .hasMessageContaining("XXX");
  }

  @Test
  void contributionsAreRecordedWithOneEntryEach() {
    int declared = jdbc.sql("SELECT count(*) FROM positions.contribution").query(Integer.class).single();
    assertThat(declared).isPositive();
    assertThat(jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_type = 'positions.contribution'")
        .query(Integer.class).single()).isEqualTo(declared);
    assertThat(scenarios.contributions(MARCH_2025)).allSatisfy(c -> assertThat(c.contribution().covers(MARCH_2025))
        .isTrue());
  }

  private static ContributionLoss loss(ScenarioResult r, String currency) {
    return r.contributions().stream().filter(c -> c.currency().equals(currency)).findFirst().orElseThrow();
  }
}

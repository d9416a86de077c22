package org.tribunal.positions;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Viability scenarios ("what if these states withdraw on this date") and the declared financial
 * contributions they weigh. Group memberships and instruments are read from the coalition registry;
 * rules and contributions from this module. Saved scenarios are named and versioned, and any of their
 * versions can be compared side by side. Thread-safe.
 */
public interface ViabilityScenarios {

  /**
   * Evaluates a scenario without saving it.
   *
   * @throws UnknownPositionEntityException if a withdrawing state is not in the coalition registry
   */
  ScenarioResult evaluate(ScenarioSpec spec);

  /**
   * Saves a scenario under the key of its name: version 1, or the next version if the key exists.
   *
   * @param reason why a new version replaces the previous one; required when the key exists
   * @return the saved version
   * @throws UnknownPositionEntityException if a withdrawing state is not in the coalition registry
   * @throws InvalidPositionException if the key exists and no reason is given
   */
  ScenarioView save(ScenarioSpec spec, @Nullable String reason);

  /** Returns the latest version of every saved scenario, by key. */
  List<ScenarioView> scenarios();

  /**
   * Returns every version of a saved scenario, oldest first.
   *
   * @throws UnknownPositionEntityException if there is no such scenario
   */
  List<ScenarioView> versions(String id);

  /**
   * Evaluates saved scenarios side by side, in the order given.
   *
   * @param refs {@code id} (latest version) or {@code id@version}
   * @return one result per reference
   * @throws UnknownPositionEntityException if a scenario or version is unknown
   */
  List<ScenarioResult> compare(List<String> refs);

  /** Returns the contributions declared for periods covering {@code asOf}, by state then body. */
  List<ContributionView> contributions(LocalDate asOf);

  /**
   * Records a declared contribution.
   *
   * @throws UnknownPositionEntityException if the state or the body is not in the coalition registry
   */
  ContributionView declare(NewContribution contribution);
}

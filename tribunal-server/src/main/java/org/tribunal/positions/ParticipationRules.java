package org.tribunal.positions;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.StateCode;

/**
 * Participation rules written as data, versioned, and their evaluation with reasons. Thread-safe.
 */
public interface ParticipationRules {

  /** Returns the latest version of every rule, by id. */
  List<RuleView> rules();

  /**
   * Returns every version of a rule, oldest first.
   *
   * @throws UnknownPositionEntityException if there is no such rule
   */
  List<RuleView> versions(String id);

  /**
   * Defines a new rule (version 1).
   *
   * @throws DuplicateTextException if the id is taken
   * @throws UnknownPositionEntityException if a claim is not in the vocabulary
   */
  RuleView define(NewRule rule);

  /**
   * Records the next version of a rule; earlier versions keep answering for dates before its
   * {@code validFrom}.
   *
   * @throws UnknownPositionEntityException if there is no such rule or a claim is unknown
   * @throws InvalidPositionException if no reason is given
   */
  RuleView revise(NewRule rule);

  /**
   * Evaluates a rule for one state on a date, with the version valid on that date unless one is given.
   *
   * @throws UnknownPositionEntityException if there is no such rule (or version in force)
   */
  RuleEvaluation evaluate(String rule, @Nullable Integer version, StateCode state, LocalDate asOf);

  /** Evaluates a rule for every known state on a date, by state code. */
  List<RuleEvaluation> evaluateAll(String rule, @Nullable Integer version, LocalDate asOf);
}

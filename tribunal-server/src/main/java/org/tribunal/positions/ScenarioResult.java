package org.tribunal.positions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.StateCode;

/**
 * What a scenario costs the coalition on its date: group sizes before and after the withdrawal, the
 * members still satisfying each participation rule, whether each instrument still meets its
 * entry-into-force or minimum-party condition, and the share of declared contributions lost.
 * "Before" is the coalition as recorded on the date; "after" is the same without the withdrawing states.
 *
 * @param saved the saved scenario this answers for, or {@code null} for an unsaved one
 * @param spec the scenario
 * @param coalition the coalition: states belonging to any of the coalition's bodies
 * @param coreGroup the core group
 * @param bodies each coalition body
 * @param rules each participation rule in force on the date, for the coalition's members
 * @param instruments each instrument in the registry
 * @param contributions declared contributions for periods covering the date, per currency
 */
public record ScenarioResult(@Nullable ScenarioView saved, ScenarioSpec spec, GroupSize coalition,
    GroupSize coreGroup, List<GroupSize> bodies, List<RuleOutcome> rules, List<InstrumentOutcome> instruments,
    List<ContributionLoss> contributions) {

  /** Copies the lists. */
  public ScenarioResult {
    bodies = List.copyOf(bodies);
    rules = List.copyOf(rules);
    instruments = List.copyOf(instruments);
    contributions = List.copyOf(contributions);
  }

  /** Returns the date of the scenario. */
  public LocalDate on() {
    return spec.on();
  }

  /**
   * The states of a group before and after.
   *
   * @param body the body's id, or {@code COALITION} for the union of the coalition's bodies
   * @param name its name
   * @param before states belonging on the date
   * @param after states still belonging without the withdrawing ones
   * @param leaving the withdrawing states that belonged, by code
   */
  public record GroupSize(String body, String name, int before, int after, List<StateCode> leaving) {
    /** Copies the list. */
    public GroupSize {
      leaving = List.copyOf(leaving);
    }

    /** Returns how many states the group loses. */
    public int lost() {
      return before - after;
    }
  }

  /**
   * A participation rule's answers for the coalition's members.
   *
   * @param rule the rule's id
   * @param version the version in force on the date
   * @param name its name
   * @param satisfiedBefore members satisfying it before
   * @param satisfiedAfter members satisfying it after
   * @param lost withdrawing members that satisfied it, by code
   */
  public record RuleOutcome(String rule, int version, String name, int satisfiedBefore, int satisfiedAfter,
      List<StateCode> lost) {
    /** Copies the list. */
    public RuleOutcome {
      lost = List.copyOf(lost);
    }
  }

  /** Whether an instrument meets its condition. */
  public enum Condition {
    /** Enough parties for the entry-into-force or minimum-party condition. */
    MET,
    /** Too few parties. */
    NOT_MET,
    /** The clause sets no minimum (a fixed date). */
    NO_MINIMUM,
    /** The clause is known only as text; nothing can be computed. */
    UNDETERMINED
  }

  /**
   * An instrument's condition before and after.
   *
   * @param instrument the instrument's id
   * @param title its title
   * @param rule its entry-into-force clause in words
   * @param required the number of consents (or signatures) the clause requires, or {@code null}
   * @param countedBefore parties counted before: consents, or signatures for an instrument in force on signature
   * @param countedAfter the same without the withdrawing states
   * @param before the condition before
   * @param after the condition after
   * @param leaving withdrawing states that were counted, by code
   */
  public record InstrumentOutcome(String instrument, String title, String rule, @Nullable Integer required,
      int countedBefore, int countedAfter, Condition before, Condition after, List<StateCode> leaving) {
    /** Copies the list. */
    public InstrumentOutcome {
      leaving = List.copyOf(leaving);
    }
  }

  /**
   * Declared contributions in one currency and the part the withdrawing states declared.
   *
   * @param currency ISO 4217 code
   * @param declared the total declared for periods covering the date
   * @param lost the part declared by withdrawing states
   * @param share {@code lost / declared}, 0 to 1, four decimals; 0 if nothing is declared
   * @param illustrative whether any figure counted is illustrative (invented for the demo)
   * @param from the withdrawing states that had declared contributions, by code
   */
  public record ContributionLoss(String currency, BigDecimal declared, BigDecimal lost, BigDecimal share,
      boolean illustrative, List<StateCode> from) {
    /** Copies the list. */
    public ContributionLoss {
      from = List.copyOf(from);
    }
  }
}

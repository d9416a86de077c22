package org.tribunal.positions;

import java.time.LocalDate;
import java.util.List;
import org.tribunal.shared.StateCode;

/**
 * The answer of a participation rule for one state on one date, with its reasons: the positions that
 * decided it and those that were considered but did not count, each with why.
 *
 * @param rule the rule's id
 * @param version the rule version applied
 * @param ruleName the rule's name
 * @param state the state
 * @param asOf the date
 * @param verdict the answer
 * @param explanation the answer in words, naming the deciding position
 * @param deciding positions that decided it
 * @param notCounted positions considered that did not decide it, with the reason
 */
public record RuleEvaluation(
    String rule, int version, String ruleName, StateCode state, LocalDate asOf, Verdict verdict, String explanation,
    List<ConsideredPosition> deciding, List<ConsideredPosition> notCounted) {

  /** Copies the lists. */
  public RuleEvaluation {
    deciding = List.copyOf(deciding);
    notCounted = List.copyOf(notCounted);
  }
}

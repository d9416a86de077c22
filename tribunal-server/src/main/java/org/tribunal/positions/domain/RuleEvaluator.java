package org.tribunal.positions.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tribunal.positions.Claim;
import org.tribunal.positions.Consideration;
import org.tribunal.positions.ConsideredPosition;
import org.tribunal.positions.PositionView;
import org.tribunal.positions.RuleEvaluation;
import org.tribunal.positions.RuleSpec;
import org.tribunal.positions.RuleView;
import org.tribunal.positions.Stance;
import org.tribunal.positions.TextId;
import org.tribunal.positions.TextView;
import org.tribunal.positions.Verdict;
import org.tribunal.shared.StateCode;

/** Evaluates a participation rule for a state from its positions: a pure calculation. */
public final class RuleEvaluator {

  private static final Comparator<ConsideredPosition> LATEST_FIRST =
      Comparator.comparing(ConsideredPosition::position, StanceTimelines.CHRONOLOGICAL.reversed());

  private RuleEvaluator() {}

  /**
   * Evaluates {@code rule} for {@code state} on {@code asOf}.
   *
   * @param positions current positions of the state (others are ignored), on any texts
   * @param texts texts by key; positions on texts missing here or making none of the rule's claims are ignored
   * @return the answer with deciding and not-counted positions
   */
  public static RuleEvaluation evaluate(RuleView rule, StateCode state, LocalDate asOf,
      Collection<PositionView> positions, Map<TextId, TextView> texts) {
    RuleSpec spec = rule.spec();
    LocalDate windowStart = asOf.minusMonths(spec.windowMonths());
    List<ConsideredPosition> relevant = new ArrayList<>();
    for (PositionView p : positions) {
      if (!p.state().equals(state) || p.retracted() || p.date().isAfter(asOf)) {
        continue;
      }
      TextView t = texts.get(p.text());
      if (t != null && !Collections.disjoint(t.claims(), spec.claims())) {
        relevant.add(new ConsideredPosition(p, t, p.kind().stance(), Consideration.DECIDING));
      }
    }
    relevant.sort(LATEST_FIRST);
    List<ConsideredPosition> counted = new ArrayList<>();
    List<ConsideredPosition> notCounted = new ArrayList<>();
    for (ConsideredPosition r : relevant) {
      PositionView p = r.position();
      TextView t = r.text();
      Stance stance = p.kind().stance();
      Consideration excluded = null;
      if (!spec.bodies().isEmpty() && !spec.bodies().contains(t.body())) {
        excluded = Consideration.OTHER_BODY;
      } else if (stance == null) {
        excluded = Consideration.EXPRESSES_NO_STANCE;
      } else if (!p.date().isAfter(windowStart)) {
        excluded = Consideration.OLDER_THAN_WINDOW;
      } else if (p.unconfirmed() && !spec.countUnconfirmed()) {
        excluded = Consideration.UNCONFIRMED;
      }
      if (excluded == null) {
        counted.add(new ConsideredPosition(p, t, stance, Consideration.DECIDING));
      } else {
        notCounted.add(new ConsideredPosition(p, t, stance, excluded));
      }
    }
    List<ConsideredPosition> deciding = new ArrayList<>();
    Verdict verdict;
    switch (spec.requirement()) {
      case LATEST_SUPPORTS -> {
        if (counted.isEmpty()) {
          verdict = Verdict.NO_EVIDENCE;
        } else {
          ConsideredPosition latest = counted.get(0);
          deciding.add(latest);
          counted.stream().skip(1).forEach(c -> notCounted.add(as(c, Consideration.EARLIER_THAN_DECIDING)));
          verdict = latest.stance() == Stance.SUPPORTS ? Verdict.SATISFIED : Verdict.NOT_SATISFIED;
        }
      }
      case ANY_SUPPORTS -> {
        counted.stream().filter(c -> c.stance() == Stance.SUPPORTS).forEach(deciding::add);
        counted.stream().filter(c -> c.stance() != Stance.SUPPORTS)
            .forEach(c -> notCounted.add(as(c, Consideration.CONSISTENT)));
        verdict = !deciding.isEmpty() ? Verdict.SATISFIED : counted.isEmpty() ? Verdict.NO_EVIDENCE
            : Verdict.NOT_SATISFIED;
        if (deciding.isEmpty()) {
          notCounted.clear();
          counted.forEach(deciding::add);
        }
      }
      case NONE_OPPOSES -> {
        counted.stream().filter(c -> c.stance() == Stance.OPPOSES).forEach(deciding::add);
        if (deciding.isEmpty()) {
          counted.forEach(deciding::add);
          verdict = counted.isEmpty() ? Verdict.NO_EVIDENCE : Verdict.SATISFIED;
        } else {
          counted.stream().filter(c -> c.stance() != Stance.OPPOSES)
              .forEach(c -> notCounted.add(as(c, Consideration.CONSISTENT)));
          verdict = Verdict.NOT_SATISFIED;
        }
      }
      default -> throw new IllegalStateException("unknown requirement " + spec.requirement());
    }
    notCounted.sort(LATEST_FIRST);
    return new RuleEvaluation(rule.id(), rule.version(), rule.name(), state, asOf, verdict,
        explain(rule, state, asOf, verdict, deciding), deciding, notCounted);
  }

  private static ConsideredPosition as(ConsideredPosition c, Consideration why) {
    return new ConsideredPosition(c.position(), c.text(), c.stance(), why);
  }

  private static String explain(RuleView rule, StateCode state, LocalDate asOf, Verdict verdict,
      List<ConsideredPosition> deciding) {
    RuleSpec spec = rule.spec();
    String claims = String.join(" or ", spec.claims().stream().map(Claim::code).toList());
    StringBuilder sb = new StringBuilder();
    sb.append(state).append(verdict == Verdict.SATISFIED ? " satisfies" : " does not satisfy").append(" '")
        .append(rule.name()).append("' (version ").append(rule.version()).append(") as of ").append(asOf)
        .append(": ");
    if (verdict == Verdict.NO_EVIDENCE) {
      sb.append("no position within ").append(spec.windowMonths()).append(" months on a text claiming ")
          .append(claims).append(" counts.");
      return sb.toString();
    }
    sb.append(switch (spec.requirement()) {
      case LATEST_SUPPORTS -> "the latest counted position within " + spec.windowMonths() + " months on a text claiming "
          + claims + " is ";
      case ANY_SUPPORTS -> verdict == Verdict.SATISFIED ? "supporting positions within " + spec.windowMonths()
          + " months on texts claiming " + claims + ": " : "no counted position supports " + claims + "; counted: ";
      case NONE_OPPOSES -> verdict == Verdict.SATISFIED ? "no counted position opposes " + claims + "; counted: "
          : "opposing positions on texts claiming " + claims + ": ";
    });
    sb.append(String.join("; ", deciding.stream().map(c -> describe(c)).toList())).append('.');
    return sb.toString();
  }

  static String describe(ConsideredPosition c) {
    PositionView p = c.position();
    return p.kind() + " on " + c.text().label() + " (" + p.date() + ", " + c.text().body() + ")"
        + (c.stance() == null ? "" : ", which " + switch (c.stance()) {
          case SUPPORTS -> "supports";
          case OPPOSES -> "opposes";
          case ABSTAINS -> "abstains on";
        } + " it") + (p.unconfirmed() ? " [unconfirmed]" : "");
  }
}

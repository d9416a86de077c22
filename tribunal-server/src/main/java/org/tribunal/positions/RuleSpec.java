package org.tribunal.positions;

import java.util.Set;
import java.util.TreeSet;

/**
 * A participation rule written as data: which positions count and what they must show.
 *
 * <p>Example: "acknowledges aggression as of D: the latest position within 24 months on any text with
 * claim NAMES_AGGRESSOR is supporting" is {@code claims = {NAMES_AGGRESSOR}, windowMonths = 24,
 * requirement = LATEST_SUPPORTS}.
 *
 * @param claims positions on texts making any of these claims are considered
 * @param windowMonths only positions dated within this many months up to the evaluation date count
 * @param requirement what the counted positions must show
 * @param countUnconfirmed whether unconfirmed positions count (otherwise they are listed as not counted)
 * @param bodies only texts of these bodies count; empty for all bodies
 */
public record RuleSpec(
    Set<Claim> claims, int windowMonths, Requirement requirement, boolean countUnconfirmed, Set<String> bodies) {

  /** What the counted positions must show. */
  public enum Requirement {
    /** The latest counted position supports the claim. */
    LATEST_SUPPORTS,
    /** At least one counted position supports the claim. */
    ANY_SUPPORTS,
    /** No counted position opposes the claim (no evidence satisfies it). */
    NONE_OPPOSES
  }

  /** Requires at least one claim and a window of 1 to 600 months; copies the sets. */
  public RuleSpec {
    if (claims == null || claims.isEmpty()) {
      throw InvalidPositionException.field("claims", "a rule needs at least one claim");
    }
    if (windowMonths < 1 || windowMonths > 600) {
      throw InvalidPositionException.field("windowMonths", "the window must be 1 to 600 months");
    }
    if (requirement == null) {
      throw InvalidPositionException.field("requirement", "a rule needs a requirement");
    }
    claims = Set.copyOf(new TreeSet<>(claims));
    bodies = bodies == null ? Set.of() : Set.copyOf(bodies);
  }
}

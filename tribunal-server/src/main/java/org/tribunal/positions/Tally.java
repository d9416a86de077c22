package org.tribunal.positions;

/**
 * The counts of a recorded vote.
 *
 * @param yes votes in favour
 * @param no votes against
 * @param abstain abstentions
 * @param nonVoting members that did not vote
 */
public record Tally(int yes, int no, int abstain, int nonVoting) {

  /** Requires non-negative counts. */
  public Tally {
    if (yes < 0 || no < 0 || abstain < 0 || nonVoting < 0) {
      throw InvalidPositionException.field("tally", "counts cannot be negative");
    }
  }

  /** Returns the number of members counted. */
  public int total() {
    return yes + no + abstain + nonVoting;
  }

  @Override
  public String toString() {
    return yes + "-" + no + "-" + abstain + " (" + nonVoting + " not voting)";
  }
}

package org.tribunal.positions;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a state did about a text. Each kind says which {@link Stance} it expresses towards the
 * claims of the text (none for not voting, absence or an explanation), and which slot it fills: a
 * state has at most one current vote, one sponsorship act, one signature act and one explanation
 * per text.
 */
public enum PositionKind {
  MAIN_SPONSOR(Slot.SPONSORSHIP, Stance.SUPPORTS, 0),
  CO_SPONSOR(Slot.SPONSORSHIP, Stance.SUPPORTS, 0),
  DECLINED_TO_COSPONSOR(Slot.SPONSORSHIP, Stance.OPPOSES, 0),
  SIGNATORY(Slot.SIGNATURE, Stance.SUPPORTS, 1),
  ENDORSED_LATER(Slot.SIGNATURE, Stance.SUPPORTS, 1),
  DECLINED_TO_SIGN(Slot.SIGNATURE, Stance.OPPOSES, 1),
  ABSENT(Slot.SIGNATURE, null, 1),
  VOTE_YES(Slot.VOTE, Stance.SUPPORTS, 1),
  VOTE_NO(Slot.VOTE, Stance.OPPOSES, 1),
  VOTE_ABSTAIN(Slot.VOTE, Stance.ABSTAINS, 1),
  VOTE_NON_VOTING(Slot.VOTE, null, 1),
  EXPLANATION_OF_VOTE(Slot.EXPLANATION, null, 2);

  /** The act a position records; a new position in an occupied slot is a new version of it. */
  public enum Slot {
    SPONSORSHIP,
    SIGNATURE,
    VOTE,
    EXPLANATION
  }

  private final Slot slot;
  private final @Nullable Stance stance;
  private final int phase;

  PositionKind(Slot slot, @Nullable Stance stance, int phase) {
    this.slot = slot;
    this.stance = stance;
    this.phase = phase;
  }

  /** Returns the slot this kind fills. */
  public Slot slot() {
    return slot;
  }

  /** Returns the stance this kind expresses, or {@code null} if it expresses none. */
  public @Nullable Stance stance() {
    return stance;
  }

  /** Returns whether this kind counts for or against the text's claims. */
  public boolean counts() {
    return stance != null;
  }

  /**
   * Returns the order of this act within one day on one text: sponsorship comes before signature
   * and vote, and the explanation last.
   */
  public int phase() {
    return phase;
  }

  /**
   * Reads a kind from a code: the enum name, a UNDL vote code (Y, N, A, X) or a common word
   * (yes, no, abstain, signatory, sponsor, co_author, declined...).
   *
   * @throws InvalidPositionException if the code is not known
   */
  public static PositionKind parse(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return switch (c) {
      case "Y", "YES", "IN_FAVOR", "IN_FAVOUR", "FOR", "VOTE_YES" -> VOTE_YES;
      case "N", "NO", "AGAINST", "VOTE_NO" -> VOTE_NO;
      case "A", "ABSTAIN", "ABSTENTION", "VOTE_ABSTAIN" -> VOTE_ABSTAIN;
      case "X", "", "NON_VOTING", "NOT_VOTING", "ABSENT_FROM_VOTE", "DID_NOT_VOTE", "VOTE_NON_VOTING" -> VOTE_NON_VOTING;
      case "SPONSOR", "MAIN_SPONSOR" -> MAIN_SPONSOR;
      case "CO_SPONSOR", "COSPONSOR", "CO_AUTHOR" -> CO_SPONSOR;
      case "SIGNATORY", "SIGNED" -> SIGNATORY;
      case "ENDORSED_LATER" -> ENDORSED_LATER;
      case "DECLINED", "DECLINED_TO_SIGN" -> DECLINED_TO_SIGN;
      case "DECLINED_TO_COSPONSOR" -> DECLINED_TO_COSPONSOR;
      case "ABSENT" -> ABSENT;
      case "EXPLANATION", "EXPLANATION_OF_VOTE" -> EXPLANATION_OF_VOTE;
      default -> throw InvalidPositionException.field("kind", "'" + code + "' is not a position kind");
    };
  }
}

package org.tribunal.positions;

/** A state's stance on a claim, read off its positions on texts that make the claim. */
public enum Stance {
  /** It supported a text making the claim (sponsored, signed, voted yes). */
  SUPPORTS,
  /** It abstained on such a text. */
  ABSTAINS,
  /** It opposed such a text (voted no, declined to sign or co-sponsor). */
  OPPOSES
}

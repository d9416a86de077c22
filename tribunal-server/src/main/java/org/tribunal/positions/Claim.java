package org.tribunal.positions;

import java.util.regex.Pattern;

/**
 * A claim a text makes, from the controlled vocabulary kept as data (e.g. {@code NAMES_AGGRESSOR},
 * {@code TERRITORIAL_INTEGRITY}). Whether a code is in the vocabulary is checked when it is used.
 *
 * @param code upper-case letters, digits and underscores, starting with a letter
 */
public record Claim(String code) implements Comparable<Claim> {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  /** The text names the aggressor. */
  public static final Claim NAMES_AGGRESSOR = new Claim("NAMES_AGGRESSOR");

  /**
   * Checks the form.
   *
   * @throws InvalidPositionException if {@code code} is not of the allowed form
   */
  public Claim {
    if (code == null || !FORM.matcher(code).matches()) {
      throw InvalidPositionException.field(
          "claim", "'" + code + "' is not a claim code: upper-case letters, digits and _");
    }
  }

  /** Returns the claim with {@code code}. */
  public static Claim of(String code) {
    return new Claim(code);
  }

  @Override
  public int compareTo(Claim other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

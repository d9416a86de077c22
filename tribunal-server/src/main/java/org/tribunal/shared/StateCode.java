package org.tribunal.shared;

import java.util.regex.Pattern;

/**
 * A state's ISO 3166-1 alpha-3 code, such as {@code UKR} or {@code USA}.
 *
 * <p>Only the form is checked here (three upper-case Latin letters); whether a state with this code
 * is known is the coalition registry's business.
 *
 * @param value the three-letter code
 */
public record StateCode(String value) implements Comparable<StateCode> {

  private static final Pattern ALPHA_3 = Pattern.compile("[A-Z]{3}");

  /**
   * Checks the form of the code.
   *
   * @throws InvalidStateCodeException if {@code value} is not three upper-case letters
   */
  public StateCode {
    if (value == null || !ALPHA_3.matcher(value).matches()) {
      throw InvalidStateCodeException.of(value);
    }
  }

  /**
   * Returns the code for {@code value}.
   *
   * @param value three upper-case letters
   * @return the code
   * @throws InvalidStateCodeException if {@code value} is not three upper-case letters
   */
  public static StateCode of(String value) {
    return new StateCode(value);
  }

  @Override
  public int compareTo(StateCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.tribunal.positions;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identifier of a text: a short, URL-safe key such as {@code A-RES-ES-11-1} or {@code
 * G7_LDR_2025_02_24}. A UN symbol becomes a key by {@link #fromSymbol(String)}.
 *
 * @param value letters, digits, {@code _ . ( ) -}, 1 to 80 characters, starting with a letter or digit
 */
public record TextId(String value) implements Comparable<TextId> {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.()\\-]{0,79}");

  /**
   * Checks the form.
   *
   * @throws InvalidPositionException if {@code value} is not of the allowed form
   */
  public TextId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw InvalidPositionException.field(
          "textId", "'" + value + "' is not a text key: letters, digits, _ . ( ) - only");
    }
  }

  /**
   * Returns the key for a document symbol: {@code A/RES/ES-11/1} gives {@code A-RES-ES-11-1}.
   *
   * @param symbol a UN or other document symbol, or an existing key
   * @return the key
   * @throws InvalidPositionException if nothing usable remains
   */
  public static TextId fromSymbol(String symbol) {
    String key = symbol.trim().replace('/', '-').replace(' ', '-').toUpperCase(Locale.ROOT);
    return new TextId(key);
  }

  /** Returns the key for {@code value}, as given. */
  public static TextId of(String value) {
    return new TextId(value);
  }

  @Override
  public int compareTo(TextId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

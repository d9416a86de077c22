package org.tribunal.positions;

import org.tribunal.shared.StateCode;

/**
 * Names one position: a state's act of one sort (vote, sponsorship, signature, explanation) on one
 * text. Its versions share this reference.
 *
 * @param text the text
 * @param state the state
 * @param slot which act
 */
public record PositionRef(TextId text, StateCode state, PositionKind.Slot slot) {

  /** Returns the reference as one URL-safe string, {@code TEXT~STATE~SLOT}. */
  public String key() {
    return text.value() + "~" + state.value() + "~" + slot.name();
  }

  /**
   * Reads a reference written by {@link #key()}.
   *
   * @throws InvalidPositionException if the string is not of that form
   */
  public static PositionRef parse(String key) {
    String[] parts = key.split("~");
    if (parts.length != 3) {
      throw InvalidPositionException.field("position", "'" + key + "' is not a position key TEXT~STATE~SLOT");
    }
    try {
      return new PositionRef(TextId.of(parts[0]), org.tribunal.shared.StateCode.of(parts[1]),
          PositionKind.Slot.valueOf(parts[2]));
    } catch (IllegalArgumentException e) {
      throw InvalidPositionException.field("position", "'" + parts[2] + "' is not a slot");
    }
  }
}

package org.tribunal.positions;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the claim vocabulary with its labels.
 *
 * @param claim the code
 * @param labelEn English label
 * @param labelFr French label
 * @param labelUk Ukrainian label
 * @param description what a text must say to make the claim, if written down
 */
public record ClaimView(Claim claim, String labelEn, String labelFr, String labelUk, @Nullable String description) {

  /** Returns the label in {@code locale}'s language, English otherwise. */
  public String label(Locale locale) {
    return switch (locale.getLanguage()) {
      case "fr" -> labelFr;
      case "uk" -> labelUk;
      default -> labelEn;
    };
  }
}

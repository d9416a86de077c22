package org.tribunal.positions;

import org.jspecify.annotations.Nullable;

/**
 * A claim to add to the vocabulary.
 *
 * @param claim the code
 * @param labelEn English label
 * @param labelFr French label
 * @param labelUk Ukrainian label
 * @param description what a text must say to make the claim
 */
public record NewClaim(Claim claim, String labelEn, String labelFr, String labelUk, @Nullable String description) {

  /** Requires the three labels. */
  public NewClaim {
    if (labelEn == null || labelEn.isBlank() || labelFr == null || labelFr.isBlank() || labelUk == null
        || labelUk.isBlank()) {
      throw InvalidPositionException.field("label", "a claim needs labels in English, French and Ukrainian");
    }
  }
}

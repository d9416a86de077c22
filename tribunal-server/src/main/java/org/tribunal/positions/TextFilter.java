package org.tribunal.positions;

import org.jspecify.annotations.Nullable;

/**
 * Which texts to list; each {@code null} field means "any".
 *
 * @param body texts of this body
 * @param claim texts making this claim
 * @param kind texts of this kind
 */
public record TextFilter(@Nullable String body, @Nullable Claim claim, @Nullable TextKind kind) {

  /** Returns the filter that lets every text through. */
  public static TextFilter all() {
    return new TextFilter(null, null, null);
  }
}

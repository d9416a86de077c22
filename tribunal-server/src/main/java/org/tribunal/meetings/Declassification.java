package org.tribunal.meetings;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.Classification;

/**
 * A command to declassify a note: a new version at a lower level or with fewer compartments; the
 * earlier marking stays in the note's history.
 *
 * @param classification the new level, at most the current one
 * @param compartments the new compartments, a subset of the current ones
 * @param reason why (the originator's consent, a date passed), 1 to 1000 characters
 */
public record Declassification(Classification classification, Set<String> compartments, @Nullable String reason) {

  public Declassification {
    compartments = Set.copyOf(compartments);
  }
}

package org.tribunal.meetings;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.Classification;

/**
 * One version in a note's history: its marking then, and why it changed.
 *
 * @param version the version, from 1
 * @param classification the classification in this version
 * @param compartments the compartments in this version
 * @param reason why it changed (a declassification's reason), if said
 * @param recordedBy who recorded it
 * @param recordedAt when (UTC)
 */
public record NoteVersionView(
    int version, Classification classification, Set<String> compartments, @Nullable String reason,
    String recordedBy, Instant recordedAt) {

  public NoteVersionView {
    compartments = Set.copyOf(compartments);
  }
}

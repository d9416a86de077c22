package org.tribunal.meetings;

import java.time.LocalDate;
import java.util.Set;
import org.tribunal.shared.Classification;

/**
 * A note as lists show it.
 *
 * @param id identifier
 * @param version current version
 * @param author the author state's code or body's id
 * @param date the note's date
 * @param subject its subject
 * @param classification its current classification
 * @param compartments its current compartments
 */
public record NoteSummary(
    NoteId id, int version, String author, LocalDate date, String subject, Classification classification,
    Set<String> compartments) {

  public NoteSummary {
    compartments = Set.copyOf(compartments);
  }
}

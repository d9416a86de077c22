package org.tribunal.meetings.domain;

import java.util.Set;
import java.util.TreeSet;
import org.tribunal.access.CurrentUser;
import org.tribunal.meetings.InvalidNoteException;
import org.tribunal.shared.Classification;

/**
 * A note's marking: its classification and compartments. A note is public only when it is
 * {@code PUBLIC} and in no compartment; a reader may read it only when {@link CurrentUser#mayRead}.
 *
 * @param classification the level
 * @param compartments the compartments, sorted
 */
record Marking(Classification classification, Set<String> compartments) {

  /** A compartment name, as the access module allows it in a clearance: 1 to 64 of a-z, 0-9 and '-'. */
  static final String COMPARTMENT = "[a-z0-9][a-z0-9-]{0,63}";

  Marking {
    TreeSet<String> sorted = new TreeSet<>();
    for (String c : compartments) {
      String name = c.strip();
      if (!name.matches(COMPARTMENT)) {
        throw InvalidNoteException.field("compartments", "A compartment name has 1 to 64 characters: a-z, 0-9 and '-'.");
      }
      sorted.add(name);
    }
    compartments = java.util.Collections.unmodifiableSortedSet(sorted);
  }

  /** Whether the note is public: no level, no compartment. */
  boolean isPublic() {
    return classification == Classification.PUBLIC && compartments.isEmpty();
  }

  boolean readableBy(CurrentUser reader) {
    return reader.mayRead(classification, compartments);
  }

  /** Whether {@code next} is a declassification of this marking: not higher, no new compartment, not equal. */
  boolean isLoweredTo(Marking next) {
    return classification.dominates(next.classification)
        && compartments.containsAll(next.compartments)
        && !equals(next);
  }

  /** The SQL rank of the level (PUBLIC 0 .. SECRET 3), stored in {@code meetings.note.level}. */
  static int rank(Classification level) {
    return level.ordinal();
  }
}

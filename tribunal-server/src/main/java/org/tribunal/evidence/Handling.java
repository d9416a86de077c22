package org.tribunal.evidence;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.tribunal.shared.Classification;

/**
 * How an item must be handled: its classification and the need-to-know compartments a reader must
 * all belong to. Both must allow a read, for every role.
 *
 * @param classification the level
 * @param compartments the compartments (2 to 40 characters: a-z, 0-9, '-', starting with a letter)
 */
public record Handling(Classification classification, Set<String> compartments) {

  private static final Pattern COMPARTMENT = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  /**
   * Checks the compartments.
   *
   * @throws InvalidEvidenceException if a compartment name is malformed
   */
  public Handling {
    Objects.requireNonNull(classification, "classification");
    TreeSet<String> names = new TreeSet<>();
    for (String c : compartments) {
      if (!COMPARTMENT.matcher(c).matches()) {
        throw InvalidEvidenceException.field("compartments",
            "A compartment has 2 to 40 characters: a-z, 0-9 and '-', starting with a letter (got '" + c + "').");
      }
      names.add(c);
    }
    compartments = Set.copyOf(names);
  }

  /** PUBLIC without compartments. */
  public static Handling unrestricted() {
    return new Handling(Classification.PUBLIC, Set.of());
  }

  /** Whether neither a level nor a compartment restricts the item. */
  public boolean isUnrestricted() {
    return classification == Classification.PUBLIC && compartments.isEmpty();
  }

  /** The stricter of the two: the higher level, and the union of the compartments. */
  public Handling strictest(Handling other) {
    Set<String> union = new TreeSet<>(compartments);
    union.addAll(other.compartments);
    Classification level = classification.dominates(other.classification) ? classification : other.classification;
    return new Handling(level, union);
  }
}

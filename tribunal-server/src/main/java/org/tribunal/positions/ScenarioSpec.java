package org.tribunal.positions;

import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.StateCode;

/**
 * A viability scenario: "what if these states withdraw on this date".
 *
 * @param name a name people recognise, e.g. "United States leaves"; saved scenarios are keyed by it
 * @param description why the scenario is worth looking at, or {@code null}
 * @param withdrawing the states that withdraw, at least one; kept sorted
 * @param on the date they withdraw: the scenario compares the coalition on that date with and without them
 */
public record ScenarioSpec(String name, @Nullable String description, SortedSet<StateCode> withdrawing, LocalDate on) {

  /**
   * Checks and copies the fields.
   *
   * @throws InvalidPositionException if the name is blank, no state withdraws or the date is missing
   */
  public ScenarioSpec {
    if (name == null || name.isBlank()) {
      throw InvalidPositionException.field("name", "a scenario needs a name");
    }
    if (withdrawing == null || withdrawing.isEmpty()) {
      throw InvalidPositionException.field("withdrawing", "a scenario needs at least one withdrawing state");
    }
    if (on == null) {
      throw InvalidPositionException.field("on", "a scenario needs the date of the withdrawal");
    }
    name = name.strip();
    withdrawing = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(withdrawing));
  }

  /** Returns a scenario for {@code states} withdrawing on {@code on}. */
  public static ScenarioSpec of(String name, Set<StateCode> states, LocalDate on) {
    return new ScenarioSpec(name, null, new TreeSet<>(states), on);
  }

  /** Returns the key a saved scenario with this name gets: the name in lower case, words joined by '-'. */
  public String key() {
    String k = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return k.isEmpty() ? "scenario" : k;
  }
}

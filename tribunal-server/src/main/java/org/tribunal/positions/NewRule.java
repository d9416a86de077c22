package org.tribunal.positions;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A participation rule, or a new version of one.
 *
 * @param id stable id, lower-case letters, digits and hyphens (e.g. {@code acknowledges-aggression})
 * @param name a short name
 * @param description the rule in words
 * @param spec the rule as data
 * @param validFrom the first date this version applies to
 * @param reason why this version was made (required for a revision)
 */
public record NewRule(
    String id, String name, String description, RuleSpec spec, LocalDate validFrom, @Nullable String reason) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  /** Checks the id, name and date. */
  public NewRule {
    if (id == null || !ID.matcher(id).matches()) {
      throw InvalidPositionException.field("id", "'" + id + "' is not a rule id: lower-case letters, digits, -");
    }
    if (name == null || name.isBlank()) {
      throw InvalidPositionException.field("name", "a rule needs a name");
    }
    if (validFrom == null) {
      throw InvalidPositionException.field("validFrom", "a rule needs the date it applies from");
    }
    if (spec == null) {
      throw InvalidPositionException.field("spec", "a rule needs its specification");
    }
  }
}

package org.tribunal.meetings.domain;

import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.DomainException;

/** The rules for free texts of meetings and notes: trimmed, blank is absent, bounded length. */
final class Texts {

  private Texts() {}

  static @Nullable String optional(@Nullable String value, String field, int max,
      BiFunction<String, String, DomainException> invalid) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw invalid.apply(field, "'" + field + "' has at most " + max + " characters.");
    }
    return stripped;
  }

  static String required(@Nullable String value, String field, int max,
      BiFunction<String, String, DomainException> invalid) {
    String stripped = optional(value, field, max, invalid);
    if (stripped == null) {
      throw invalid.apply(field, "'" + field + "' is required.");
    }
    return stripped;
  }
}

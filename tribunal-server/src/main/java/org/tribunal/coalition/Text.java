package org.tribunal.coalition;

import org.jspecify.annotations.Nullable;

/** Checks on free-text fields of commands: required fields are not blank, and every field has a length limit. */
final class Text {

  static final int MAX = 4000;

  private Text() {}

  static void required(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw InvalidFieldException.of(field, "must not be blank");
    }
    limited(field, value);
  }

  static void limited(String field, @Nullable String value) {
    if (value != null && value.length() > MAX) {
      throw InvalidFieldException.of(field, "must be at most " + MAX + " characters");
    }
  }
}

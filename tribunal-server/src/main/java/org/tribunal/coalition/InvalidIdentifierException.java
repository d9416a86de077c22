package org.tribunal.coalition;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.DomainException;

/** Thrown when a body, instrument or organisation identifier is malformed (400, {@code /problems/invalid-identifier}). */
public final class InvalidIdentifierException extends DomainException {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  private InvalidIdentifierException(String field, @Nullable String value) {
    super("invalid-identifier", 400, "Invalid identifier",
        field + " must be 2-40 upper-case letters, digits or underscores, starting with a letter; got '" + value + "'");
    with("field", field);
  }

  static void require(String field, @Nullable String value) {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new InvalidIdentifierException(field, value);
    }
  }
}

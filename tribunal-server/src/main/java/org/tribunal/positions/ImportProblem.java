package org.tribunal.positions;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an imported file.
 *
 * @param file the file's name
 * @param line the line number (1 is the header), 0 for the file as a whole
 * @param field the column at fault, if one is
 * @param value the value found, if any
 * @param message what is wrong
 * @param suggestions nearest known values (e.g. states for an unknown name), best first
 */
public record ImportProblem(
    String file, int line, @Nullable String field, @Nullable String value, String message, List<String> suggestions) {

  /** Copies the suggestions. */
  public ImportProblem {
    suggestions = List.copyOf(suggestions);
  }

  @Override
  public String toString() {
    return file + ":" + line + (field == null ? "" : " [" + field + "]") + (value == null ? "" : " '" + value + "'")
        + ": " + message + (suggestions.isEmpty() ? "" : " (did you mean " + String.join(", ", suggestions) + "?)");
  }
}

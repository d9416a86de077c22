package org.tribunal.shared;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a fact comes from: every fact in the record names one.
 *
 * @param title what the source is called (a press release, a treaty office table, a UN document)
 * @param publisher who published it, if known
 * @param date when it was published, if known
 * @param url where it can be read, if anywhere
 */
public record SourceRef(
    String title, @Nullable String publisher, @Nullable LocalDate date, @Nullable String url) {

  /**
   * Requires a title.
   *
   * @throws IllegalArgumentException if {@code title} is blank
   */
  public SourceRef {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a source needs a title");
    }
  }

  /**
   * Returns a source known only by its address.
   *
   * @param url the address, also used as the title
   * @return the source
   */
  public static SourceRef ofUrl(String url) {
    return new SourceRef(url, null, null, url);
  }
}

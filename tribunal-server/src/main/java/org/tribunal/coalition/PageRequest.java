package org.tribunal.coalition;

import org.jspecify.annotations.Nullable;

/**
 * Asks for one page of a list: at most {@code limit} items after the position named by {@code after}, a cursor
 * returned as {@link Page#next()} by the previous page ({@code null} for the first page). Cursors are opaque; a list
 * answers only cursors it produced.
 *
 * @param limit how many items, 1 to {@value #MAX_LIMIT}
 * @param after the previous page's {@code next}, or {@code null} (or blank) for the first page
 */
public record PageRequest(int limit, @Nullable String after) {

  /** The largest page a caller may ask for. */
  public static final int MAX_LIMIT = 500;

  /** Rejects a limit outside 1 to {@value #MAX_LIMIT} ({@link InvalidFieldException} naming {@code limit}). */
  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidFieldException.of("limit", "must be between 1 and " + MAX_LIMIT + "; got " + limit);
    }
    if (after != null && after.isBlank()) {
      after = null;
    }
  }

  /** Returns the request for the first {@code limit} items. */
  public static PageRequest first(int limit) {
    return new PageRequest(limit, null);
  }
}

package org.tribunal.coalition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list read with a {@link PageRequest}, in the list's stated order.
 *
 * @param items the items, possibly empty, never more than the request's limit
 * @param next the cursor to ask for the following page, or {@code null} if this is the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, @Nullable String next) {

  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
  }
}

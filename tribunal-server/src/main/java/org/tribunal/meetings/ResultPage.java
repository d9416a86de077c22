package org.tribunal.meetings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, with the cursor of the next page.
 *
 * @param items the page's items
 * @param next the cursor to pass as {@code after} for the next page, or {@code null} on the last page
 * @param <T> the item type
 */
public record ResultPage<T>(List<T> items, @Nullable String next) {

  public ResultPage {
    items = List.copyOf(items);
  }
}

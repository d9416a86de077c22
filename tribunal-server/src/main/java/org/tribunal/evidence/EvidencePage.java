package org.tribunal.evidence;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of items, newest first.
 *
 * @param items the items the caller may see
 * @param next the cursor of the next page, or {@code null} on the last page
 */
public record EvidencePage(List<EvidenceItemView> items, @Nullable String next) {

  public EvidencePage {
    items = List.copyOf(items);
  }
}

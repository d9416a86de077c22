package org.tribunal.access;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of audit entries, newest first.
 *
 * @param items the entries
 * @param next the cursor of the next page, or {@code null} on the last page
 */
public record AuditPage(List<AuditEntry> items, @Nullable String next) {

  public AuditPage {
    items = List.copyOf(items);
  }
}

package org.tribunal.access;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Reading the access audit (administrators only; the web layer authorises). */
public interface AuditTrail {

  /**
   * One page of entries matching {@code query}, newest first.
   *
   * @param limit 1 to 500 entries
   * @param after the {@code next} cursor of the previous page, or {@code null} for the first
   * @throws InvalidCursorException if {@code after} is not a cursor this method returned
   */
  AuditPage search(AuditQuery query, int limit, @Nullable String after);

  /** Hands every entry matching {@code query} to {@code sink}, newest first, in batches. */
  void export(AuditQuery query, Consumer<AuditEntry> sink);
}

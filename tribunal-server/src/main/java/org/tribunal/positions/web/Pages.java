package org.tribunal.positions.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tribunal.positions.InvalidPositionException;

/**
 * Cursor pagination over an ordered list: the cursor is the opaque encoding of the index of the next
 * item.
 *
 * @param <T> item type
 * @param items this page
 * @param next cursor of the next page, or {@code null} on the last page
 */
record Pages<T>(List<T> items, @Nullable String next) {

  static <S, T> Pages<T> of(List<S> all, int limit, @Nullable String after, Function<S, T> map) {
    if (limit < 1 || limit > 1000) {
      throw InvalidPositionException.field("limit", "limit must be 1 to 1000");
    }
    int start = 0;
    if (after != null && !after.isBlank()) {
      try {
        start = Integer.parseInt(new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8)
            .substring(2));
      } catch (RuntimeException e) {
        throw InvalidPositionException.field("after", "'" + after + "' is not a cursor of this list");
      }
    }
    int end = Math.min(all.size(), start + limit);
    List<T> items = all.subList(Math.min(start, all.size()), end).stream().map(map).toList();
    String next = end < all.size()
        ? Base64.getUrlEncoder().withoutPadding().encodeToString(("i:" + end).getBytes(StandardCharsets.UTF_8))
        : null;
    return new Pages<>(items, next);
  }
}

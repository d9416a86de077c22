package org.tribunal.coalition.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tribunal.coalition.InvalidFieldException;
import org.tribunal.coalition.Page;
import org.tribunal.coalition.PageRequest;

/**
 * Answers a list request either as a page of JSON ({@code ?limit=50&after=<cursor>}; long lists are paged by the
 * database with keyset cursors, short ones here with the last item's key, base64url-encoded) or, with {@code ?format=csv} or {@code Accept: text/csv}, as CSV of the whole list.
 */
final class Listing {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final int MAX_LIMIT = 500;

  /** A CSV column: header and value. */
  record Column<T>(String header, Function<T, @Nullable Object> value) {}

  private Listing() {}

  static boolean wantsCsv(@Nullable String format, @Nullable String accept) {
    if (format != null) {
      if (format.equalsIgnoreCase("csv")) {
        return true;
      }
      if (!format.equalsIgnoreCase("json")) {
        throw InvalidFieldException.of("format", "must be json or csv; got '" + format + "'");
      }
      return false;
    }
    return accept != null && accept.contains("text/csv");
  }

  static <T> ResponseEntity<?> answer(List<T> all, Function<T, String> key, int limit, @Nullable String after,
      @Nullable String format, @Nullable String accept, String filename, List<Column<T>> columns) {
    if (wantsCsv(format, accept)) {
      return ResponseEntity.ok().contentType(CSV)
          .header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"")
          .body(csv(all, columns));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(page(all, key, limit, after));
  }

  /**
   * Answers with a page read by the database ({@code page}) or, for CSV, the whole list ({@code all}); {@code as}
   * turns items into their JSON shape.
   */
  static <V, T> ResponseEntity<?> answer(java.util.function.Supplier<List<V>> all,
      Function<PageRequest, Page<V>> page, Function<V, T> as, int limit, @Nullable String after,
      @Nullable String format, @Nullable String accept, String filename, List<Column<T>> columns) {
    if (wantsCsv(format, accept)) {
      return ResponseEntity.ok().contentType(CSV)
          .header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"")
          .body(csv(all.get().stream().map(as).toList(), columns));
    }
    Page<V> read = page.apply(new PageRequest(limit, after));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(new Json.Page<>(read.items().stream().map(as).toList(), read.next()));
  }

  static <T> Json.Page<T> page(List<T> all, Function<T, String> key, int limit, @Nullable String after) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidFieldException.of("limit", "must be between 1 and " + MAX_LIMIT + "; got " + limit);
    }
    int start = 0;
    if (after != null && !after.isBlank()) {
      String last = decode(after);
      start = all.size();
      for (int i = 0; i < all.size(); i++) {
        if (key.apply(all.get(i)).equals(last)) {
          start = i + 1;
          break;
        }
      }
    }
    int end = Math.min(all.size(), start + limit);
    List<T> items = all.subList(start, end);
    String next = end < all.size() ? encode(key.apply(all.get(end - 1))) : null;
    return new Json.Page<>(List.copyOf(items), next);
  }

  static <T> String csv(List<T> rows, List<Column<T>> columns) {
    var out = new StringWriter();
    try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
        .setHeader(columns.stream().map(Column::header).toArray(String[]::new)).get())) {
      for (T row : rows) {
        for (Column<T> c : columns) {
          printer.print(c.value().apply(row));
        }
        printer.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String encode(String key) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.of("after", "is not a cursor returned by this API");
    }
  }
}

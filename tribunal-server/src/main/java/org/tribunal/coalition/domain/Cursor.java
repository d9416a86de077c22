package org.tribunal.coalition.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.tribunal.coalition.InvalidFieldException;
import org.tribunal.coalition.Page;
import org.tribunal.coalition.PageRequest;

/**
 * Keyset cursors: the sort key of a page's last row, as a list of strings, base64url-encoded. The repository turns
 * the key back into a row comparison ({@code (a, b, c) > (?, ?, ?)}), so a page costs an index range scan however
 * deep it is, and rows inserted before the cursor do not shift later pages.
 */
final class Cursor {

  private static final char SEPARATOR = '\u001f';

  private Cursor() {}

  /**
   * Returns the key parts of {@code page.after()}, or {@code null} for the first page.
   *
   * @throws InvalidFieldException naming {@code after} if the cursor was not produced for a key of {@code parts} parts
   */
  static String @org.jspecify.annotations.Nullable [] decode(PageRequest page, int parts) {
    if (page.after() == null) {
      return null;
    }
    String[] key;
    try {
      key = new String(Base64.getUrlDecoder().decode(page.after()), StandardCharsets.UTF_8)
          .split(String.valueOf(SEPARATOR), -1);
    } catch (IllegalArgumentException e) {
      throw notACursor();
    }
    if (key.length != parts) {
      throw notACursor();
    }
    return key;
  }

  /** Returns {@code part} if it is an ISO date (or {@code -infinity} when {@code infinite} is allowed). */
  static String date(String part, boolean infinite) {
    if (infinite && part.equals("-infinity")) {
      return part;
    }
    try {
      return java.time.LocalDate.parse(part).toString();
    } catch (java.time.format.DateTimeParseException e) {
      throw notACursor();
    }
  }

  /** Returns {@code part} if it is a UUID. */
  static String uuid(String part) {
    try {
      return java.util.UUID.fromString(part).toString();
    } catch (IllegalArgumentException e) {
      throw notACursor();
    }
  }

  /** Returns the party-kind rank in {@code part}: 0 for states, 1 for organisations. */
  static int rank(String part) {
    if (!part.equals("0") && !part.equals("1")) {
      throw notACursor();
    }
    return Integer.parseInt(part);
  }

  private static InvalidFieldException notACursor() {
    return InvalidFieldException.of("after", "is not a cursor returned by this list");
  }

  /**
   * Builds the page from {@code rows}, read with a limit one above the request's so that one extra row tells whether
   * another page follows.
   */
  static <T> Page<T> page(List<T> rows, PageRequest request, Function<T, List<String>> key) {
    if (rows.size() <= request.limit()) {
      return new Page<>(rows, null);
    }
    List<T> items = rows.subList(0, request.limit());
    String joined = String.join(String.valueOf(SEPARATOR), key.apply(items.get(items.size() - 1)));
    return new Page<>(items, Base64.getUrlEncoder().withoutPadding().encodeToString(
        joined.getBytes(StandardCharsets.UTF_8)));
  }
}

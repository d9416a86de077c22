package org.tribunal.meetings.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.tribunal.meetings.MalformedCursorException;

/**
 * Opaque keyset cursors: a list's sort key (a date and an id) encoded as URL-safe base64 with a
 * prefix naming the list, so a cursor of one list is refused by another.
 */
final class Cursors {

  /** A decoded cursor: the last row's date and id. */
  record Position(LocalDate date, UUID id) {}

  private Cursors() {}

  static String encode(String list, LocalDate date, UUID id) {
    String text = list + "|" + date + "|" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static Position decode(String list, String cursor) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      if (parts.length != 3 || !parts[0].equals(list)) {
        throw MalformedCursorException.create();
      }
      return new Position(LocalDate.parse(parts[1]), UUID.fromString(parts[2]));
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw MalformedCursorException.create();
    }
  }

  static int limit(int requested) {
    return Math.max(1, Math.min(requested, 500));
  }
}

package org.tribunal.meetings.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tribunal.meetings.MeetingView;

/**
 * Writes meetings as an RFC 5545 calendar: all-day {@code VEVENT}s (DTEND is exclusive, so the day
 * after the last day), text escaped (§3.3.11), lines folded at 75 octets (§3.1), CRLF line ends.
 */
final class ICalendar {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ICalendar() {}

  static String of(List<MeetingView> meetings, String host, Instant now) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Tribunal//Meetings//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:Tribunal planned meetings");
    for (MeetingView m : meetings) {
      if (m.startDate() == null) {
        continue;
      }
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + m.id() + "@" + host);
      line(out, "DTSTAMP:" + STAMP.format(now));
      line(out, "DTSTART;VALUE=DATE:" + DATE.format(m.startDate()));
      line(out, "DTEND;VALUE=DATE:" + DATE.format((m.endDate() == null ? m.startDate() : m.endDate()).plusDays(1)));
      line(out, "SEQUENCE:" + (m.version() - 1));
      line(out, "SUMMARY:" + text(m.label() + (m.unconfirmed() ? " (unconfirmed)" : "")));
      if (m.place() != null) {
        line(out, "LOCATION:" + text(m.place()));
      }
      if (m.note() != null) {
        line(out, "DESCRIPTION:" + text(m.note()));
      }
      line(out, "STATUS:" + (m.unconfirmed() ? "TENTATIVE" : "CONFIRMED"));
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** Escapes a TEXT value: backslash, semicolon, comma, and newlines as {@code \n}. */
  static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
  }

  /** Appends a content line folded so that no line exceeds 75 octets of UTF-8, never splitting a character. */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int i = 0;
    while (i < content.length()) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}

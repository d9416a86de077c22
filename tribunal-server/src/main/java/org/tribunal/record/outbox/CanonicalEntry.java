package org.tribunal.record.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.erdtman.jcs.JsonCanonicalizer;
import org.jspecify.annotations.Nullable;
import org.tribunal.record.RecordEntry;
import org.tribunal.shared.SourceRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a {@link RecordEntry} into the bytes that go into the log: RFC 8785 canonical JSON of
 * {@code {type, id, version, validTime, recordedAt, actor, source, data}}.
 *
 * <p>Canonical bytes mean anyone can re-derive an entry's hash from its content, whatever JSON
 * library they use.
 */
final class CanonicalEntry {

  private CanonicalEntry() {}

  static byte[] of(JsonMapper json, RecordEntry entry, Instant recordedAt, Object data) {
    return of(json, entry, recordedAt(recordedAt), data);
  }

  /** Returns how an entry states the instant it was recorded: ISO-8601 UTC, to the millisecond. */
  static String recordedAt(Instant recordedAt) {
    return DateTimeFormatter.ISO_INSTANT.format(recordedAt.truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * Returns the canonical bytes of an entry recorded at {@code recordedAt} (as {@link
   * #recordedAt(Instant)} formats it; a bulk append formats it once for all its entries).
   *
   * <p>The envelope's keys are fixed, so they are written in their canonical order without sorting,
   * and the content is written straight from its maps, lists, strings, integers and booleans as
   * UTF-8; other values go through Jackson's tree first, and what neither can write exactly
   * (fractions, integers beyond 2^53, lone surrogates) through the reference canonicaliser.
   */
  static byte[] of(JsonMapper json, RecordEntry entry, String recordedAt, Object data) {
    Utf8 out = new Utf8(512);
    out.ascii("{\"actor\":");
    boolean direct = out.string(entry.actor());
    out.ascii(",\"data\":");
    direct = direct && writeValue(json, data, out);
    out.ascii(",\"id\":");
    direct = direct && out.string(entry.id());
    out.ascii(",\"recordedAt\":");
    direct = direct && out.string(recordedAt);
    out.ascii(",\"source\":");
    SourceRef source = entry.source();
    if (source == null) {
      out.ascii("null");
    } else {
      out.ascii("{\"date\":");
      if (source.date() == null) {
        out.ascii("null");
      } else {
        direct = direct && out.string(source.date().toString());
      }
      out.ascii(",\"publisher\":");
      direct = direct && out.stringOrNull(source.publisher());
      out.ascii(",\"title\":");
      direct = direct && out.stringOrNull(source.title());
      out.ascii(",\"url\":");
      direct = direct && out.stringOrNull(source.url());
      out.ascii("}");
    }
    out.ascii(",\"type\":");
    direct = direct && out.string(entry.type());
    out.ascii(",\"validTime\":");
    if (entry.validTime() == null) {
      out.ascii("null");
    } else {
      direct = direct && out.string(entry.validTime().toString());
    }
    out.ascii(",\"version\":");
    out.ascii(Integer.toString(entry.version()));
    out.ascii("}");
    if (direct) {
      return out.toByteArray();
    }
    return canonical(json, envelope(entry, recordedAt, data));
  }

  /** The entry as a map, for the general path: the same keys and values the direct path writes. */
  static Map<String, @Nullable Object> envelope(RecordEntry entry, String recordedAt, Object data) {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("type", entry.type());
    body.put("id", entry.id());
    body.put("version", entry.version());
    body.put("validTime", entry.validTime() == null ? null : entry.validTime().toString());
    body.put("recordedAt", recordedAt);
    body.put("actor", entry.actor());
    body.put("source", source(entry.source()));
    body.put("data", data);
    return body;
  }

  /**
   * Writes a content value without Jackson when it is made of maps with text keys, lists, strings,
   * integers, booleans and nulls; anything else is written from Jackson's tree of it. Returns false,
   * leaving {@code out} unusable, if the value needs the reference canonicaliser.
   */
  private static boolean writeValue(JsonMapper json, @Nullable Object value, Utf8 out) {
    if (value == null) {
      out.ascii("null");
      return true;
    }
    if (value instanceof String s) {
      return out.string(s);
    }
    if (value instanceof Boolean b) {
      out.ascii(b ? "true" : "false");
      return true;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      long n = ((Number) value).longValue();
      if (n > MAX_EXACT || n < -MAX_EXACT) {
        return false;
      }
      out.ascii(Long.toString(n));
      return true;
    }
    if (value instanceof Map<?, ?> map && textKeys(map)) {
      @SuppressWarnings("unchecked")
      Map.Entry<String, ?>[] properties = map.entrySet().toArray(new Map.Entry[0]);
      java.util.Arrays.sort(properties, (a, b) -> a.getKey().compareTo(b.getKey()));
      out.ascii("{");
      for (int i = 0; i < properties.length; i++) {
        if (i > 0) {
          out.ascii(",");
        }
        if (!out.string(properties[i].getKey())) {
          return false;
        }
        out.ascii(":");
        if (!writeValue(json, properties[i].getValue(), out)) {
          return false;
        }
      }
      out.ascii("}");
      return true;
    }
    if (value instanceof List<?> list) {
      out.ascii("[");
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.ascii(",");
        }
        if (!writeValue(json, list.get(i), out)) {
          return false;
        }
      }
      out.ascii("]");
      return true;
    }
    StringBuilder text = new StringBuilder(64);
    if (!writeCanonical(json.valueToTree(value), text)) {
      return false;
    }
    out.utf8(text);
    return true;
  }

  private static boolean textKeys(Map<?, ?> map) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the RFC 8785 canonical JSON of {@code value}.
   *
   * <p>The common case (objects, arrays, strings, booleans, nulls and integers within ±2^53) is written
   * straight from the value's maps and lists, or from Jackson's tree of any other value: keys sorted by UTF-16 code units, strings escaped as RFC 8785 says,
   * integers as ECMAScript prints them. Anything else (fractions, larger integers, lone surrogates)
   * goes through the reference canonicaliser, which re-parses the JSON; both give the same bytes
   * ({@code CanonicalEntryTests} compares them).
   */
  static byte[] canonical(JsonMapper json, Object value) {
    Utf8 out = new Utf8(256);
    if (writeValue(json, value, out)) {
      return out.toByteArray();
    }
    return reference(json, value);
  }

  /** Returns the canonical JSON as the reference canonicaliser (org.erdtman.jcs) writes it. */
  static byte[] reference(JsonMapper json, Object value) {
    try {
      String plain = json.writeValueAsString(value);
      return new JsonCanonicalizer(plain).getEncodedUTF8();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot canonicalise a record entry", e);
    }
  }

  /** The largest integer every JSON reader holds exactly (an IEEE double's 53-bit mantissa). */
  private static final long MAX_EXACT = 1L << 53;

  /** Appends the canonical form of {@code node}; returns false, leaving {@code out} unusable, if it cannot. */
  private static boolean writeCanonical(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
        properties.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < properties.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          if (!writeString(properties.get(i).getKey(), out)) {
            return false;
          }
          out.append(':');
          if (!writeCanonical(properties.get(i).getValue(), out)) {
            return false;
          }
        }
        out.append('}');
        return true;
      }
      case ARRAY -> {
        out.append('[');
        boolean first = true;
        for (JsonNode element : node.values()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          if (!writeCanonical(element, out)) {
            return false;
          }
        }
        out.append(']');
        return true;
      }
      case STRING -> {
        return writeString(node.stringValue(), out);
      }
      case NUMBER -> {
        if (!(node.isInt() || node.isLong() || node.isShort())) {
          return false;
        }
        long n = node.longValue();
        if (n > MAX_EXACT || n < -MAX_EXACT) {
          return false;
        }
        out.append(n);
        return true;
      }
      case BOOLEAN -> {
        out.append(node.booleanValue());
        return true;
      }
      case NULL -> {
        out.append("null");
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Appends an RFC 8785 string; returns false on a surrogate, which the reference path handles. */
  private static boolean writeString(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else if (Character.isSurrogate(c)) {
            return false;
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
    return true;
  }

  private static @Nullable Map<String, @Nullable Object> source(@Nullable SourceRef source) {
    if (source == null) {
      return null;
    }
    Map<String, @Nullable Object> s = new LinkedHashMap<>();
    s.put("title", source.title());
    s.put("publisher", source.publisher());
    s.put("date", source.date() == null ? null : source.date().toString());
    s.put("url", source.url());
    return s;
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A growing buffer of UTF-8 bytes that writes RFC 8785 strings. Not thread-safe. */
  private static final class Utf8 {

    private byte[] bytes;
    private int length;

    Utf8(int capacity) {
      bytes = new byte[capacity];
    }

    private void room(int more) {
      if (length + more > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
      }
    }

    /** Appends text known to be ASCII. */
    void ascii(String text) {
      room(text.length());
      for (int i = 0; i < text.length(); i++) {
        bytes[length++] = (byte) text.charAt(i);
      }
    }

    /** Appends already canonical JSON text as UTF-8. */
    void utf8(CharSequence text) {
      byte[] encoded = text.toString().getBytes(StandardCharsets.UTF_8);
      room(encoded.length);
      System.arraycopy(encoded, 0, bytes, length, encoded.length);
      length += encoded.length;
    }

    boolean stringOrNull(@Nullable String value) {
      if (value == null) {
        ascii("null");
        return true;
      }
      return string(value);
    }

    /** Appends an RFC 8785 string; returns false on a surrogate, which the reference path handles. */
    boolean string(String value) {
      room(value.length() + 2);
      byte[] b = bytes;
      int n = length;
      b[n++] = '"';
      for (int i = 0; i < value.length(); i++) {
        if (n + 7 > b.length) {
          length = n;
          room(7 + (value.length() - i) * 3);
          b = bytes;
        }
        char c = value.charAt(i);
        if (c >= 0x20 && c < 0x80) {
          if (c == '"' || c == '\\') {
            b[n++] = '\\';
          }
          b[n++] = (byte) c;
        } else if (c < 0x20) {
          b[n++] = '\\';
          switch (c) {
            case '\b' -> b[n++] = 'b';
            case '\f' -> b[n++] = 'f';
            case '\n' -> b[n++] = 'n';
            case '\r' -> b[n++] = 'r';
            case '\t' -> b[n++] = 't';
            default -> {
              b[n++] = 'u';
              b[n++] = '0';
              b[n++] = '0';
              b[n++] = (byte) HEX[c >> 4];
              b[n++] = (byte) HEX[c & 0xF];
            }
          }
        } else if (c < 0x800) {
          b[n++] = (byte) (0xC0 | (c >> 6));
          b[n++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
          return false;
        } else {
          b[n++] = (byte) (0xE0 | (c >> 12));
          b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          b[n++] = (byte) (0x80 | (c & 0x3F));
        }
      }
      if (n + 1 > b.length) {
        length = n;
        room(1);
        b = bytes;
      }
      b[n++] = '"';
      length = n;
      return true;
    }

    byte[] toByteArray() {
      return java.util.Arrays.copyOf(bytes, length);
    }
  }
}

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
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("type", entry.type());
    body.put("id", entry.id());
    body.put("version", entry.version());
    body.put("validTime", entry.validTime() == null ? null : entry.validTime().toString());
    body.put(
        "recordedAt",
        DateTimeFormatter.ISO_INSTANT.format(recordedAt.truncatedTo(ChronoUnit.MILLIS)));
    body.put("actor", entry.actor());
    body.put("source", source(entry.source()));
    body.put("data", data);
    return canonical(json, body);
  }

  /**
   * Returns the RFC 8785 canonical JSON of {@code value}.
   *
   * <p>The common case (objects, arrays, strings, booleans, nulls and integers within ±2^53) is written
   * straight from Jackson's tree: keys sorted by UTF-16 code units, strings escaped as RFC 8785 says,
   * integers as ECMAScript prints them. Anything else (fractions, larger integers, lone surrogates)
   * goes through the reference canonicaliser, which re-parses the JSON; both give the same bytes
   * ({@code CanonicalEntryTests} compares them).
   */
  static byte[] canonical(JsonMapper json, Object value) {
    StringBuilder out = new StringBuilder(256);
    if (writeCanonical(json.valueToTree(value), out)) {
      return out.toString().getBytes(StandardCharsets.UTF_8);
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
}

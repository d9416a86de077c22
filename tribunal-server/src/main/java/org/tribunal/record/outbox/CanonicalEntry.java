package org.tribunal.record.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.erdtman.jcs.JsonCanonicalizer;
import org.jspecify.annotations.Nullable;
import org.tribunal.record.RecordEntry;
import org.tribunal.shared.SourceRef;
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

  /** Returns the RFC 8785 canonical JSON of {@code value}. */
  static byte[] canonical(JsonMapper json, Object value) {
    try {
      String plain = json.writeValueAsString(value);
      return new JsonCanonicalizer(plain).getEncodedUTF8();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot canonicalise a record entry", e);
    }
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

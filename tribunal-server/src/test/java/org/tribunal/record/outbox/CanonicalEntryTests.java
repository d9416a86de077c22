package org.tribunal.record.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.tribunal.record.RecordEntry;
import org.tribunal.shared.SourceRef;
import tools.jackson.databind.json.JsonMapper;

/** The direct canonical writer gives the reference canonicaliser's bytes, value for value. */
class CanonicalEntryTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static void assertSameAsReference(Object value) {
    assertThat(new String(CanonicalEntry.canonical(JSON, value), StandardCharsets.UTF_8))
        .isEqualTo(new String(CanonicalEntry.reference(JSON, value), StandardCharsets.UTF_8));
  }

  @Test
  void escapesEveryCharacterOfTheBasicPlaneAsTheReferenceDoes() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0xD800; c++) {
      all.append(c);
    }
    for (char c = 0xE000; c != 0; c++) {
      all.append(c);
    }
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", all.toString());
    for (char c = 0; c < 0x300; c++) {
      value.put("key" + c, (int) c);
    }
    assertSameAsReference(value);
  }

  @Test
  void sortsKeysByUtf16CodeUnitsAtEveryLevel() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("\uFB01", 1);
    inner.put("\u00e9", 2);
    inner.put("Z", 3);
    inner.put("a", List.of(Map.of("y", true, "x", false), List.of()));
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("b", inner);
    value.put("a", null);
    value.put("", "empty key");
    assertSameAsReference(value);
    assertThat(new String(CanonicalEntry.canonical(JSON, inner), StandardCharsets.UTF_8))
        .startsWith("{\"Z\":3,\"a\":");
  }

  @Test
  void fallsBackForNumbersAndTextTheDirectWriterDoesNotHandle() {
    assertSameAsReference(Map.of("d", 1.5, "big", 1L << 60, "neg", -(1L << 53) - 1, "e", 1e21));
    assertSameAsReference(Map.of("bd", new BigDecimal("10.50"), "bi", new BigInteger("123456789012345678901234")));
    assertSameAsReference(Map.of("emoji", "flag \uD83C\uDDFA\uD83C\uDDE6", "max", 1L << 53, "min", -(1L << 53)));
  }

  @Test
  void writesAWholeEntryAsTheReferenceDoes() {
    RecordEntry entry = new RecordEntry("coalition.membership", "UKR-1", 3, LocalDate.of(2025, 6, 25), "registrar",
        new SourceRef("Agreement \"on\" the tribunal", "Council of Europe", LocalDate.of(2025, 6, 25),
            "https://example.org/a?b=c&d=\u00e9"),
        Map.of("state", "UKR", "period", List.of("2025-06-25", Map.of("until", "open")), "count", 47));
    Instant at = Instant.parse("2026-11-29T10:00:00.123456Z");
    byte[] body = CanonicalEntry.of(JSON, entry, at, entry.data());
    Map<String, Object> same = new LinkedHashMap<>();
    same.put("type", entry.type());
    same.put("id", entry.id());
    same.put("version", 3);
    same.put("validTime", "2025-06-25");
    same.put("recordedAt", "2026-11-29T10:00:00.123Z");
    same.put("actor", "registrar");
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("title", "Agreement \"on\" the tribunal");
    source.put("publisher", "Council of Europe");
    source.put("date", "2025-06-25");
    source.put("url", "https://example.org/a?b=c&d=\u00e9");
    same.put("source", source);
    same.put("data", entry.data());
    assertThat(new String(body, StandardCharsets.UTF_8))
        .isEqualTo(new String(CanonicalEntry.reference(JSON, same), StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void writesWholeEntriesAsTheReferenceDoes(
      @ForAll("texts") String id, @ForAll("texts") String actor, @ForAll("texts") String title,
      @ForAll boolean withSource, @ForAll boolean withDate, @ForAll("documents") Map<String, Object> data) {
    RecordEntry entry = new RecordEntry("test.entry", "id" + id, 7, withDate ? LocalDate.of(2025, 2, 24) : null,
        "a" + actor, withSource ? new SourceRef("t" + title, withDate ? null : actor, withDate ? LocalDate.of(2024, 1, 2) : null,
            withDate ? null : "https://example.org/" + id) : null, data);
    String recordedAt = CanonicalEntry.recordedAt(Instant.parse("2026-11-29T10:00:00.120Z"));
    assertThat(new String(CanonicalEntry.of(JSON, entry, recordedAt, data), StandardCharsets.UTF_8))
        .isEqualTo(new String(CanonicalEntry.reference(JSON, CanonicalEntry.envelope(entry, recordedAt, data)),
            StandardCharsets.UTF_8));
  }

  @Test
  void writesValuesOtherThanMapsListsAndTextThroughJackson() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("date", LocalDate.of(2025, 2, 24));
    value.put("set", new java.util.TreeSet<>(List.of("b", "a")));
    value.put("record", new SourceRef("t", "p", LocalDate.of(2024, 1, 2), null));
    value.put("keys", Map.of(3, "three"));
    value.put("small", (byte) 4);
    value.put("emoji", List.of("\uD83C\uDDFA\uD83C\uDDE6"));
    assertSameAsReference(value);
    value.remove("emoji");
    assertThat(new String(CanonicalEntry.canonical(JSON, value), StandardCharsets.UTF_8))
        .contains("\"date\":\"2025-02-24\"", "\"set\":[\"a\",\"b\"]", "\"keys\":{\"3\":\"three\"}");
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withCharRange((char) 0, (char) 0xD7FF).withCharRange((char) 0xE000, (char) 0xFFFF)
        .ofMaxLength(20);
  }

  @Property(tries = 300)
  void matchesTheReferenceForRandomDocuments(@ForAll("documents") Map<String, Object> document) {
    assertSameAsReference(document);
  }

  @Provide
  Arbitrary<Map<String, Object>> documents() {
    Arbitrary<String> text = Arbitraries.strings().withCharRange((char) 0, (char) 0xD7FF).withCharRange((char) 0xE000, (char) 0xFFFF).ofMaxLength(12);
    Arbitrary<Object> leaf = Arbitraries.oneOf(
        text.map(s -> (Object) s),
        Arbitraries.longs().map(n -> (Object) n),
        Arbitraries.integers().map(n -> (Object) n),
        Arbitraries.doubles().map(n -> (Object) n),
        Arbitraries.of(true, false).map(b -> (Object) b));
    Arbitrary<Object> list = leaf.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
    Arbitrary<Object> nested = Arbitraries.maps(text, leaf).ofMaxSize(4).map(m -> (Object) m);
    return Arbitraries.maps(text, Arbitraries.oneOf(leaf, list, nested)).ofMaxSize(6);
  }
}

package org.tribunal.positions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.tribunal.positions.PositionKind;
import org.tribunal.positions.PositionRef;
import org.tribunal.positions.PositionView;
import org.tribunal.positions.TextId;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/** A stored timeline gives back exactly the points it was made of, cut at any date. */
class StoredTimelinesPropertyTests {

  static final StateCode STATE = StateCode.of("UKR");

  @Property(tries = 300)
  void decodingGivesBackEveryPointAsEncoded(@ForAll("points") List<StoredTimelines.Point> points) {
    byte[] encoded = StoredTimelines.encode(points);

    assertThat(StoredTimelines.decode(encoded, STATE, LocalDate.MAX, TextId::of)).isEqualTo(points);
  }

  @Property(tries = 300)
  void decodingAsOfADateGivesThePointsUpToThatDate(@ForAll("points") List<StoredTimelines.Point> points,
      @ForAll @IntRange(min = -400, max = 400) int offset) {
    LocalDate asOf = LocalDate.of(2022, 2, 24).plusDays(offset);

    assertThat(StoredTimelines.decode(StoredTimelines.encode(points), STATE, asOf, TextId::of))
        .isEqualTo(points.stream().filter(p -> !p.position().date().isAfter(asOf)).toList());
  }

  @Property(tries = 50)
  void aValueInAnotherFormatIsNotRead(@ForAll("points") List<StoredTimelines.Point> points) {
    byte[] encoded = StoredTimelines.encode(points);
    encoded[0] = 2;

    assertThat(StoredTimelines.decode(encoded, STATE, LocalDate.MAX, TextId::of)).isNull();
    assertThat(StoredTimelines.decode(new byte[0], STATE, LocalDate.MAX, TextId::of)).isNull();
  }

  /** Who recorded a position, when, and whether it is confirmed. */
  record Recorded(boolean unconfirmed, String by, Instant at) {}

  /** A position's free texts. */
  record Remarks(@Nullable String explanation, @Nullable String note, @Nullable String reason) {}

  /** Points of one state in chronological order, with strings shared, absent, empty and not ASCII. */
  @Provide
  Arbitrary<List<StoredTimelines.Point>> points() {
    Arbitrary<String> strings = Arbitraries.oneOf(Arbitraries.of("", "UN Digital Library", "système", "Україна"),
        Arbitraries.strings().ofMaxLength(40));
    Arbitrary<String> optional = strings.injectNull(0.4);
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(-400, 400).map(d -> LocalDate.of(2022, 2, 24).plusDays(d));
    Arbitrary<Instant> instants = Arbitraries.longs().between(-5_000_000_000_000_000L, 5_000_000_000_000_000L)
        .map(StoredTimelines::instant);
    Arbitrary<String> titles = strings.filter(t -> !t.isBlank());
    Arbitrary<SourceRef> sources = Combinators.combine(titles, optional, dates.injectNull(0.5), optional)
        .as(SourceRef::new);
    Arbitrary<PositionKind> kinds = Arbitraries.of(PositionKind.class);
    Arbitrary<Recorded> recorded = Combinators.combine(Arbitraries.of(true, false), strings, instants)
        .as(Recorded::new);
    Arbitrary<Remarks> remarks = Combinators.combine(optional, optional, optional).as(Remarks::new);
    Arbitrary<PositionView> positions = Combinators.combine(
            Arbitraries.of("A_RES_ES_11_1", "G7_2025_02_24", "BENCH_STATEMENT_00001"), kinds, dates,
            Arbitraries.integers().between(1, 300), sources, remarks, recorded)
        .as((text, kind, date, version, source, m, r) ->
            new PositionView(new PositionRef(TextId.of(text), STATE, kind.slot()), version, kind, date, m.explanation(),
                source, r.unconfirmed(), m.note(), false, m.reason(), r.by(), r.at(), List.of()));
    Arbitrary<StoredTimelines.Point> point = Combinators.combine(positions, Arbitraries.integers().between(1, 1000),
            instants)
        .as((p, textVersion, textAt) -> new StoredTimelines.Point(p, textVersion,
            textAt.getEpochSecond() * 1_000_000L + textAt.getNano() / 1_000));
    return point.list().ofMaxSize(60).map(list -> {
      List<StoredTimelines.Point> sorted = new ArrayList<>(list);
      sorted.sort((a, b) -> StanceTimelines.CHRONOLOGICAL.compare(a.position(), b.position()));
      return sorted;
    });
  }
}

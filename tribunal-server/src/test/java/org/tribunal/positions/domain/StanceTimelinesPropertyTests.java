package org.tribunal.positions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.tribunal.positions.Claim;
import org.tribunal.positions.PositionKind;
import org.tribunal.positions.PositionRef;
import org.tribunal.positions.PositionView;
import org.tribunal.positions.StanceTimeline;
import org.tribunal.positions.TextId;
import org.tribunal.positions.TextKind;
import org.tribunal.positions.TextView;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/** A stance timeline depends on the positions, never on the order they were recorded or read in. */
class StanceTimelinesPropertyTests {

  static final StateCode STATE = StateCode.of("USA");
  static final Claim CLAIM = Claim.NAMES_AGGRESSOR;

  @Property(tries = 300)
  void timelineNeverDependsOnTheOrderPositionsWereEntered(
      @ForAll("positions") List<PositionView> positions, @ForAll long seed) {
    Map<TextId, TextView> texts = texts();
    List<PositionView> shuffled = new ArrayList<>(positions);
    Collections.shuffle(shuffled, new Random(seed));
    LocalDate asOf = LocalDate.of(2026, 1, 1);

    StanceTimeline a = StanceTimelines.compute(STATE, CLAIM, asOf, positions, texts);
    StanceTimeline b = StanceTimelines.compute(STATE, CLAIM, asOf, shuffled, texts);

    assertThat(b.points()).isEqualTo(a.points());
    assertThat(b.shifts()).isEqualTo(a.shifts());
    for (LocalDate d = LocalDate.of(2022, 1, 1); d.isBefore(asOf); d = d.plusMonths(1)) {
      assertThat(b.stanceOn(d)).isEqualTo(a.stanceOn(d));
    }
  }

  @Property(tries = 200)
  void everyShiftJoinsTwoConsecutivePointsWithDifferentStances(@ForAll("positions") List<PositionView> positions) {
    StanceTimeline t = StanceTimelines.compute(STATE, CLAIM, LocalDate.of(2026, 1, 1), positions, texts());
    long changes = 0;
    for (int i = 1; i < t.points().size(); i++) {
      if (t.points().get(i).stance() != t.points().get(i - 1).stance()) {
        changes++;
      }
    }
    assertThat(t.shifts()).hasSize((int) changes);
    t.shifts().forEach(s -> {
      assertThat(s.from()).isNotEqualTo(s.to());
      assertThat(s.before().stance()).isEqualTo(s.from());
      assertThat(s.after().stance()).isEqualTo(s.to());
      assertThat(s.before().date()).isBeforeOrEqualTo(s.after().date());
    });
  }

  @Property(tries = 200)
  void fromItsStancePointsInOrderATimelineIsTheOneComputedFromAllPositions(
      @ForAll("positions") List<PositionView> positions, @ForAll @IntRange(min = 0, max = 60) int months) {
    Map<TextId, TextView> texts = texts();
    LocalDate asOf = LocalDate.of(2022, 1, 1).plusMonths(months);
    // what a stored timeline holds: the state's current positions on texts making the claim, in order
    List<PositionView> stancePoints = positions.stream()
        .filter(p -> p.state().equals(STATE) && !p.retracted() && texts.containsKey(p.text())
            && texts.get(p.text()).claims().contains(CLAIM))
        .sorted(StanceTimelines.CHRONOLOGICAL)
        .toList();

    assertThat(StanceTimelines.ofStancePoints(STATE, CLAIM, asOf, stancePoints, texts))
        .isEqualTo(StanceTimelines.compute(STATE, CLAIM, asOf, positions, texts));
  }

  static final List<TextId> TEXT_IDS = List.of(TextId.of("T1"), TextId.of("T2"), TextId.of("T3"), TextId.of("T4"));

  static Map<TextId, TextView> texts() {
    Map<TextId, TextView> map = new HashMap<>();
    for (TextId id : TEXT_IDS) {
      Set<Claim> claims = id.value().equals("T4") ? Set.of() : Set.of(CLAIM);
      map.put(id, new TextView(id, null, TextKind.RESOLUTION, "UNGA", LocalDate.of(2022, 1, 1), "t", null, null,
          new TreeSet<>(claims), null, null, null, SourceRef.ofUrl("https://example.org"), false, null, "t",
          Instant.EPOCH, 1, null));
    }
    return map;
  }

  /** Distinct slots (a slot has one current version), random kinds and dates, some on the same day. */
  @Provide
  Arbitrary<List<PositionView>> positions() {
    Arbitrary<PositionView> one = Combinators.combine(
            Arbitraries.of(TEXT_IDS),
            Arbitraries.of(PositionKind.values()),
            Arbitraries.integers().between(0, 40),
            Arbitraries.of(StateCode.of("USA"), StateCode.of("FRA")))
        .as((text, kind, day, state) -> new PositionView(new PositionRef(text, state, kind.slot()), 1, kind,
            LocalDate.of(2022, 1, 1).plusMonths(day), null, SourceRef.ofUrl("https://example.org"), false, null,
            false, null, "t", Instant.EPOCH, List.of()));
    return one.list().ofMaxSize(30).uniqueElements(PositionView::ref);
  }
}

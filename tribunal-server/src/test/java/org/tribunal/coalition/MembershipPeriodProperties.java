package org.tribunal.coalition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MembershipPeriodProperties {

  private static final LocalDate EPOCH = LocalDate.of(1945, 1, 1);

  @Provide
  Arbitrary<MembershipPeriod> periods() {
    Arbitrary<Integer> start = Arbitraries.integers().between(0, 400).injectNull(0.2);
    Arbitrary<Integer> length = Arbitraries.integers().between(1, 200).injectNull(0.3);
    return Combinators.combine(start, length).as((s, l) -> new MembershipPeriod(
        s == null ? null : EPOCH.plusDays(s),
        l == null ? null : EPOCH.plusDays((s == null ? 0 : s) + l)));
  }

  @Property
  void overlapIsSymmetric(@ForAll("periods") MembershipPeriod a, @ForAll("periods") MembershipPeriod b) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
  }

  @Property
  void overlapMeansSomeDayIsInBoth(@ForAll("periods") MembershipPeriod a, @ForAll("periods") MembershipPeriod b) {
    boolean shared = false;
    for (int d = -1; d <= 620 && !shared; d++) {
      LocalDate day = EPOCH.plusDays(d);
      shared = a.contains(day) && b.contains(day);
    }
    assertThat(a.overlaps(b)).isEqualTo(shared);
  }

  @Property
  void aPeriodOverlapsItself(@ForAll("periods") MembershipPeriod a) {
    assertThat(a.overlaps(a)).isTrue();
  }

  @Property
  void adjacentPeriodsDoNotOverlap(@ForAll @IntRange(min = 0, max = 500) int start,
      @ForAll @IntRange(min = 1, max = 100) int first, @ForAll @IntRange(min = 1, max = 100) int second) {
    LocalDate split = EPOCH.plusDays(start + first);
    var before = new MembershipPeriod(EPOCH.plusDays(start), split);
    var after = new MembershipPeriod(split, split.plusDays(second));

    assertThat(before.overlaps(after)).isFalse();
    assertThat(before.contains(split)).isFalse();
    assertThat(after.contains(split)).isTrue();
  }

  @Property
  void rejectsPeriodsThatEndOnOrBeforeTheirStart(@ForAll @IntRange(min = 0, max = 500) int start,
      @ForAll @IntRange(min = 0, max = 100) int back) {
    assertThatThrownBy(() -> new MembershipPeriod(EPOCH.plusDays(start), EPOCH.plusDays(start - back)))
        .isInstanceOf(InvalidPeriodException.class);
  }
}

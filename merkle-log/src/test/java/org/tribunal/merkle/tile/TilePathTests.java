package org.tribunal.merkle.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribunal.merkle.MalformedInputException;

class TilePathTests {

  @Test
  void formatsTheTlogTilesExamples() {
    assertThat(TilePath.format(TileId.full(0, 0))).isEqualTo("tile/0/000");
    assertThat(TilePath.format(TileId.full(0, 1234067))).isEqualTo("tile/0/x001/x234/067");
    assertThat(TilePath.format(new TileId(0, 1234067, 8))).isEqualTo("tile/0/x001/x234/067.p/8");
    assertThat(TilePath.format(new TileId(1, 1000, 17))).isEqualTo("tile/1/x001/000.p/17");
    assertThat(TilePath.format(new EntryBundleId(273, 112))).isEqualTo("tile/entries/273.p/112");
    assertThat(TilePath.formatIndex(-1L)).isEqualTo("x018/x446/x744/x073/x709/x551/615");
  }

  @Test
  void parsesTheTlogTilesExamples() throws MalformedInputException {
    assertThat(TilePath.parse("tile/0/000")).isEqualTo(TileId.full(0, 0));
    assertThat(TilePath.parseTile("tile/0/x001/x234/067.p/8")).isEqualTo(new TileId(0, 1234067, 8));
    assertThat(TilePath.parseTile("tile/1/x001/000.p/17")).isEqualTo(new TileId(1, 1000, 17));
    assertThat(TilePath.parseEntryBundle("tile/entries/273.p/112"))
        .isEqualTo(new EntryBundleId(273, 112));
    assertThat(TilePath.parse("tile/63/x018/x446/x744/x073/x709/x551/615"))
        .isEqualTo(TileId.full(63, -1L));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "tile", "tile/", "tiles/0/000", "/tile/0/000", "tile/0/", "tile/0/00", "tile/0/0000",
        "tile/00/000", "tile/01/000", "tile/64/000", "tile/-1/000", "tile/0/001/000",
        "tile/0/x000/001", "tile/0/x01/000", "tile/0/y001/000", "tile/0/x001/x000",
        "tile/0/000.p/0", "tile/0/000.p/256", "tile/0/000.p/08", "tile/0/000.p/", "tile/0/000.p/8/",
        "tile/0/000.p/1.p/2", "tile/0/000/", "tile/0/x018/x446/x744/x073/x709/x551/616",
        "tile/0/x001/x018/x446/x744/x073/x709/x551/615", "tile/0/\u0661\u0662\u0663",
        "tile/entries/", "tile/entries/00", "tile/entries/000.p/256", "tile/data/000",
        "tile/0/000 ", "tile/0/+00", "tile/ 0/000"
      })
  void rejectsNonCanonicalPaths(String path) {
    assertThatThrownBy(() -> TilePath.parse(path))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageStartingWith("tile path \"");
  }

  @Test
  void tellsTilesFromBundles() {
    assertThatThrownBy(() -> TilePath.parseTile("tile/entries/000"))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("entry bundle");
    assertThatThrownBy(() -> TilePath.parseEntryBundle("tile/0/000"))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("hash tile");
  }

  @Provide
  Arbitrary<TileResource> resources() {
    Arbitrary<Long> indexes =
        Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(0, 1_000_000));
    Arbitrary<Integer> widths = Arbitraries.integers().between(1, 256);
    Arbitrary<TileResource> tiles =
        Combinators.combine(Arbitraries.integers().between(0, 63), indexes, widths).as(TileId::new);
    Arbitrary<TileResource> bundles = Combinators.combine(indexes, widths).as(EntryBundleId::new);
    return Arbitraries.oneOf(tiles, bundles);
  }

  @Property(tries = 500)
  void parseInvertsFormat(@ForAll("resources") TileResource resource) throws MalformedInputException {
    assertThat(TilePath.parse(TilePath.format(resource))).isEqualTo(resource);
  }

  @Provide
  Arbitrary<String> pathLikeStrings() {
    Arbitrary<String> noise = Arbitraries.strings().withChars("tile/entrisxp.0123456789-+ \u0661").ofMaxLength(60);
    Arbitrary<String> mutated =
        Combinators.combine(resources(), Arbitraries.integers().between(0, 60), Arbitraries.chars().with("x/.p0159 a"))
            .as((r, at, c) -> {
              String p = TilePath.format(r);
              int i = Math.min(at, p.length());
              return p.substring(0, i) + c + p.substring(Math.min(p.length(), i + (at % 2)));
            });
    return Arbitraries.oneOf(noise, mutated);
  }

  @Property(tries = 1000)
  void parsingAnyStringEitherFailsCleanlyOrRoundTrips(@ForAll("pathLikeStrings") String path) {
    try {
      TileResource parsed = TilePath.parse(path);
      assertThat(TilePath.format(parsed)).isEqualTo(path);
    } catch (MalformedInputException expected) {
      assertThat(expected.getMessage()).startsWith("tile path");
    }
  }
}

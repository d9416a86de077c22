package org.tribunal.merkle.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.reference.PerfectNodes;
import org.tribunal.merkle.reference.ReferenceTree;
import org.tribunal.merkle.tree.NodeId;

/** Hash tile and entry bundle encoding, widths, and parser fuzzing. */
class TileContentTests {

  @Test
  void encodesTheTlogTilesBundleExample() throws MalformedInputException {
    byte[] expected = HexFormat.of().parseHex("00000001000005" + "68656c6c6f");
    EntryBundle bundle =
        EntryBundle.of(List.of(new byte[0], new byte[] {0}, "hello".getBytes()));
    assertThat(bundle.toByteArray()).isEqualTo(expected);
    assertThat(EntryBundle.parse(expected)).isEqualTo(bundle);
    assertThat(EntryBundle.parse(expected).entry(2)).isEqualTo("hello".getBytes());
  }

  @Test
  void rejectsBrokenBundlesNamingTheOffset() {
    assertThatThrownBy(() -> EntryBundle.parse(new byte[0])).isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> EntryBundle.parse(new byte[] {0}))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("offset 0");
    assertThatThrownBy(() -> EntryBundle.parse(new byte[] {0, 0, 0, 3, 1, 2}))
        .isInstanceOf(MalformedInputException.class)
        .hasMessage("entry 1 at offset 2 claims 3 bytes but only 2 remain");
    assertThatThrownBy(() -> EntryBundle.parse(new byte[257 * 2]))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("more than 256 entries");
    assertThatThrownBy(() -> EntryBundle.of(List.of(new byte[65536])))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsTilesOfTheWrongLength() {
    assertThatThrownBy(() -> HashTile.parse(new byte[0])).isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> HashTile.parse(new byte[33]))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("33 bytes");
    assertThatThrownBy(() -> HashTile.parse(new byte[257 * 32])).isInstanceOf(MalformedInputException.class);
  }

  @Test
  void computesSubtreeRootsInsideATile() throws MalformedInputException {
    List<Hash> leaves = PerfectNodes.leafHashes(256);
    ReferenceTree tree = new ReferenceTree(leaves);
    HashTile tile = HashTile.parse(HashTile.of(leaves).toByteArray());
    assertThat(tile.width()).isEqualTo(256);
    assertThat(tile.subtreeRoot(8, 0)).isEqualTo(tree.root(256));
    assertThat(tile.subtreeRoot(3, 5)).isEqualTo(tree.mth(40, 48));
    assertThat(tile.prefix(100).subtreeRoot(2, 24)).isEqualTo(tree.mth(96, 100));
    assertThatThrownBy(() -> tile.prefix(100).subtreeRoot(2, 25)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void everyAlignedSubtreeRootOfEveryWidthMatchesTheReferenceTree() {
    List<Hash> leaves = PerfectNodes.leafHashes(256);
    ReferenceTree tree = new ReferenceTree(leaves);
    for (int width : new int[] {1, 2, 3, 7, 8, 100, 129, 255, 256}) {
      HashTile tile = HashTile.of(leaves.subList(0, width));
      for (int level = 0; level <= 8; level++) {
        int span = 1 << level;
        for (int index = 0; (index + 1) * span <= width; index++) {
          assertThat(tile.subtreeRoot(level, index))
              .as("width %d, level %d, index %d", width, level, index)
              .isEqualTo(tree.mth(index * span, (index + 1) * span));
          // asked again, the remembered root is the same
          assertThat(tile.subtreeRoot(level, index)).isEqualTo(tree.mth(index * span, (index + 1) * span));
        }
      }
    }
  }

  @Test
  void knowsTileWidthsOfTheTlogTilesExamples() {
    long size = 70_000;
    assertThat(TileId.widthIn(0, 272, size)).isEqualTo(256);
    assertThat(TileId.widthIn(0, 273, size)).isEqualTo(112);
    assertThat(TileId.widthIn(0, 274, size)).isZero();
    assertThat(TileId.widthIn(1, 0, size)).isEqualTo(256);
    assertThat(TileId.widthIn(1, 1, size)).isEqualTo(17);
    assertThat(TileId.widthIn(2, 0, size)).isEqualTo(1);
    assertThat(TileId.widthIn(3, 0, size)).isZero();
    assertThat(TileId.widthIn(0, 0, 256)).isEqualTo(256);
    assertThat(TileId.widthIn(1, 0, 256)).isEqualTo(1);
    assertThat(TileId.widthIn(7, 0, -1L)).isEqualTo(255);
    assertThat(TileId.widthIn(0, (-1L) >>> 8, -1L)).isEqualTo(255);
    assertThat(TileId.widthIn(8, 0, -1L)).isZero();
    assertThat(TileId.containing(new NodeId(10, 3), 70_000)).isEqualTo(new TileId(1, 0, 256));
    assertThat(TileId.firstSlot(new NodeId(10, 3))).isEqualTo(12);
    assertThat(TileId.containing(new NodeId(63, 0), -1L)).isEqualTo(new TileId(7, 0, 255));
    assertThatThrownBy(() -> TileId.containing(new NodeId(0, 70_000), 70_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<byte[]> bundleLikeBytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
    Arbitrary<byte[]> valid =
        Arbitraries.bytes().array(byte[].class).ofMaxSize(40).list().ofMinSize(1).ofMaxSize(300)
            .map(entries -> {
              List<byte[]> first = entries.subList(0, Math.min(256, entries.size()));
              byte[] ok = EntryBundle.of(first).toByteArray();
              if (entries.size() > 256 || entries.size() % 3 == 0) {
                return java.util.Arrays.copyOf(ok, ok.length - (entries.size() % 5) + (entries.size() > 256 ? 2 : 0));
              }
              return ok;
            });
    return Arbitraries.oneOf(random, valid);
  }

  @Property(tries = 500)
  void bundleParserOnlyFailsWithMalformedInput(@ForAll("bundleLikeBytes") byte[] data) {
    try {
      EntryBundle bundle = EntryBundle.parse(data);
      assertThat(bundle.toByteArray()).isEqualTo(data);
      assertThat(bundle.width()).isBetween(1, 256);
    } catch (MalformedInputException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 300)
  void tileParserOnlyFailsWithMalformedInput(@ForAll @Size(max = 9000) byte[] data) {
    try {
      HashTile tile = HashTile.parse(data);
      assertThat(tile.toByteArray()).isEqualTo(data);
      assertThat(tile.width() * 32).isEqualTo(data.length);
    } catch (MalformedInputException expected) {
      assertThat(data.length % 32 != 0 || data.length == 0 || data.length > 8192).isTrue();
    }
  }

  @Property(tries = 100)
  void bundlesRoundTrip(@ForAll @Size(min = 1, max = 256) List<@Size(max = 300) byte[]> entries)
      throws MalformedInputException {
    EntryBundle bundle = EntryBundle.of(entries);
    EntryBundle parsed = EntryBundle.parse(bundle.toByteArray());
    assertThat(parsed).isEqualTo(bundle);
    List<byte[]> back = new ArrayList<>(parsed.entries());
    assertThat(back).hasSameSizeAs(entries);
    for (int i = 0; i < entries.size(); i++) {
      assertThat(back.get(i)).isEqualTo(entries.get(i));
    }
  }
}

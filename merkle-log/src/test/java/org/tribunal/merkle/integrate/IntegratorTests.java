package org.tribunal.merkle.integrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.proof.ConsistencyProof;
import org.tribunal.merkle.proof.InclusionProof;
import org.tribunal.merkle.reference.MemoryTiles;
import org.tribunal.merkle.reference.PerfectNodes;
import org.tribunal.merkle.reference.ReferenceTree;
import org.tribunal.merkle.tile.EntryBundleId;
import org.tribunal.merkle.tile.HashTile;
import org.tribunal.merkle.tile.TileHashSource;
import org.tribunal.merkle.tile.TileId;
import org.tribunal.merkle.tree.CompactRange;
import org.tribunal.merkle.tree.NodeId;

class IntegratorTests {

  private static final int BIG = 70_000;
  private static final List<byte[]> ENTRIES = entries(BIG);
  private static final List<Hash> LEAVES = ENTRIES.stream().map(Rfc6962::leafHash).toList();
  private static PerfectNodes nodes;
  private static MemoryTiles bigLog;

  @BeforeAll
  static void integrateTheBigLogInOneBatch() throws IOException {
    nodes = new PerfectNodes(LEAVES);
    bigLog = new MemoryTiles();
    bigLog.write(Integrator.appendEntries(0, ENTRIES, bigLog));
  }

  static List<byte[]> entries(int count) {
    List<byte[]> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(("entry-" + i).getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void writesTheTilesOfTheTlogTilesExample() {
    assertThat(bigLog.size()).isEqualTo(BIG);
    // 70,000 leaves: 273 full + one .p/112 at level 0, one full + one .p/17 at level 1, .p/1 at 2
    assertThat(bigLog.tiles()).hasSize(274 + 2 + 1);
    assertThat(bigLog.bundles()).hasSize(274);
    assertThat(bigLog.bundles().get(273L).width()).isEqualTo(112);
  }

  @Test
  void everyTileSlotHoldsTheTrueNodeHash() throws IOException {
    for (int level = 0; level <= 2; level++) {
      long nodesAtRow = BIG >>> (8 * level);
      for (long index = 0; index <= nodesAtRow >>> 8; index++) {
        int width = TileId.widthIn(level, index, BIG);
        if (width == 0) {
          continue;
        }
        HashTile tile = bigLog.readTile(new TileId(level, index, width));
        assertThat(tile.width()).isEqualTo(width);
        for (int slot = 0; slot < width; slot++) {
          assertThat(tile.hash(slot)).isEqualTo(nodes.hash(new NodeId(8 * level, index * 256 + slot)));
        }
      }
    }
  }

  @Test
  void rootEqualsTheReferenceTree() throws IOException {
    Integration integration = Integrator.appendEntries(0, ENTRIES.subList(0, 1000), new MemoryTiles());
    assertThat(integration.root()).isEqualTo(new ReferenceTree(LEAVES.subList(0, 1000)).root(1000));
    assertThat(integration.oldSize()).isZero();
    assertThat(integration.newSize()).isEqualTo(1000);
  }

  @Property(tries = 25)
  void oneBatchEqualsManySmallBatches(
      @ForAll @IntRange(min = 0, max = 3000) int total,
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 400) Integer> batchSizes)
      throws IOException {
    MemoryTiles once = new MemoryTiles();
    Integration single = Integrator.appendEntries(0, ENTRIES.subList(0, total), once);
    once.write(single);

    MemoryTiles many = new MemoryTiles();
    Integration last = null;
    int done = 0;
    for (int i = 0; done < total; i++) {
      int n = Math.min(total - done, batchSizes.get(i % batchSizes.size()));
      last = Integrator.appendEntries(done, ENTRIES.subList(done, done + n), many);
      many.write(last);
      done += n;
    }
    Hash root = last == null ? Rfc6962.emptyRoot() : last.root();
    assertThat(root).isEqualTo(single.root());
    assertThat(many.tiles()).isEqualTo(once.tiles());
    assertThat(many.bundles()).isEqualTo(once.bundles());
    assertThat(single.root()).isEqualTo(CompactRange.fromSource(0, total, nodes).root());
  }

  @Test
  void leafHashBatchesWriteTheSameTilesWithoutBundles() throws IOException {
    MemoryTiles log = new MemoryTiles();
    Integration first = Integrator.appendLeafHashes(0, LEAVES.subList(0, 300), log);
    log.write(first);
    Integration second = Integrator.appendLeafHashes(300, LEAVES.subList(300, 700), log);
    assertThat(second.entryBundles()).isEmpty();
    assertThat(second.tiles().keySet())
        .containsExactly(new TileId(0, 1, 256), new TileId(0, 2, 188), new TileId(1, 0, 2));
    assertThat(second.root()).isEqualTo(CompactRange.fromSource(0, 700, nodes).root());
  }

  @Test
  void anEmptyBatchKeepsTheRoot() throws IOException {
    Integration none = Integrator.appendEntries(BIG, List.of(), bigLog);
    assertThat(none.newSize()).isEqualTo(BIG);
    assertThat(none.tiles()).isEmpty();
    assertThat(none.entryBundles()).isEmpty();
    assertThat(none.root()).isEqualTo(CompactRange.fromSource(0, BIG, nodes).root());
  }

  @Test
  void appendsToThePartialBundleAndTiles() throws IOException {
    Integration more = Integrator.appendEntries(BIG, entries(BIG + 200).subList(BIG, BIG + 200), bigLog);
    assertThat(more.entryBundles().keySet())
        .containsExactly(new EntryBundleId(273, 256), new EntryBundleId(274, 56));
    assertThat(more.entryBundles().get(new EntryBundleId(273, 256)).entry(0))
        .isEqualTo(ENTRIES.get(273 * 256));
    assertThat(more.tiles().keySet())
        .containsExactly(new TileId(0, 273, 256), new TileId(0, 274, 56), new TileId(1, 1, 18));
  }

  @Test
  void proofsFromTilesEqualProofsFromTheTree() throws Exception {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      long size = 1 + random.nextInt(BIG);
      long index = random.nextInt((int) size);
      long older = 1 + random.nextInt((int) size);
      TileHashSource tiles = new TileHashSource(bigLog, size);
      Hash root = CompactRange.fromSource(0, size, tiles).root();
      assertThat(root).isEqualTo(CompactRange.fromSource(0, size, nodes).root());
      InclusionProof inclusion = InclusionProof.generate(index, size, tiles);
      assertThat(inclusion).isEqualTo(InclusionProof.generate(index, size, nodes));
      inclusion.verify(LEAVES.get((int) index), root);
      ConsistencyProof consistency = ConsistencyProof.generate(older, size, tiles);
      assertThat(consistency).isEqualTo(ConsistencyProof.generate(older, size, nodes));
      consistency.verify(CompactRange.fromSource(0, older, nodes).root(), root);
    }
  }

  @Test
  void failsWhenARightEdgeTileIsMissing() {
    MemoryTiles empty = new MemoryTiles();
    assertThatThrownBy(() -> Integrator.appendEntries(300, ENTRIES.subList(300, 301), empty))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("tile/");
  }

  @Test
  void refusesToGrowPast2To64Minus1() {
    assertThatThrownBy(() -> Integrator.appendLeafHashes(-1L, List.of(LEAVES.get(0)), new MemoryTiles()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overflows");
  }
}

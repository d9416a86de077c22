package org.tribunal.record.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;

class BatchIntegrationTests {

  /** Tiles and bundles in memory, as the database would hold them. */
  static final class MemoryLog implements BatchIntegration.RightEdge {
    LogState state = LogState.of(0, Rfc6962.emptyRoot(), new byte[0]);
    final Map<TileKey, byte[]> tiles = new HashMap<>();
    final Map<Long, byte[]> bundles = new HashMap<>();

    void append(List<byte[]> entries) {
      BatchIntegration.Result r = BatchIntegration.integrate(state, entries, this);
      tiles.putAll(r.tiles());
      r.bundles().forEach((k, v) -> bundles.put(k, v.entries()));
      state = r.state();
    }

    @Override
    public byte[] tile(TileKey key) {
      return tiles.getOrDefault(key, new byte[0]);
    }

    @Override
    public byte[] bundle(long index) {
      return bundles.getOrDefault(index, new byte[0]);
    }
  }

  static List<byte[]> entries(int from, int to) {
    List<byte[]> list = new ArrayList<>();
    for (int i = from; i < to; i++) {
      list.add(("entry " + i).getBytes(StandardCharsets.UTF_8));
    }
    return list;
  }

  /** The RFC 6962 root, computed the slow way. */
  static Hash referenceRoot(List<byte[]> entries, int from, int to) {
    if (to - from == 1) {
      return Rfc6962.leafHash(entries.get(from));
    }
    int k = Integer.highestOneBit(to - from - 1);
    return Rfc6962.nodeHash(referenceRoot(entries, from, from + k), referenceRoot(entries, from + k, to));
  }

  @Test
  void oneBatchEqualsManySmallBatches() {
    List<byte[]> all = entries(0, 70_000);
    MemoryLog whole = new MemoryLog();
    whole.append(all);
    MemoryLog pieces = new MemoryLog();
    Random random = new Random(42);
    int at = 0;
    while (at < all.size()) {
      int n = Math.min(all.size() - at, 1 + random.nextInt(1024));
      pieces.append(all.subList(at, at + n));
      at += n;
    }
    assertThat(pieces.state.head()).isEqualTo(whole.state.head());
    assertThat(pieces.state.head().root()).isEqualTo(referenceRoot(all, 0, all.size()));
    assertThat(pieces.tiles.keySet()).isEqualTo(whole.tiles.keySet());
    whole.tiles.forEach((k, v) -> assertThat(pieces.tiles.get(k)).as("tile %s", k).isEqualTo(v));
    whole.bundles.forEach((k, v) -> assertThat(pieces.bundles.get(k)).as("bundle %s", k).isEqualTo(v));
  }

  @Test
  void tilesHaveTheWidthsOfTlogTiles() {
    // tlog.md §5: 70,000 leaves = 273 full level-0 tiles + .p/112, one full + .p/17 at level 1, .p/1 at level 2
    MemoryLog log = new MemoryLog();
    log.append(entries(0, 70_000));
    assertThat(log.tiles.get(new TileKey(0, 272))).hasSize(8192);
    assertThat(log.tiles.get(new TileKey(0, 273))).hasSize(112 * 32);
    assertThat(log.tiles.get(new TileKey(1, 0))).hasSize(8192);
    assertThat(log.tiles.get(new TileKey(1, 1))).hasSize(17 * 32);
    assertThat(log.tiles.get(new TileKey(2, 0))).hasSize(32);
    assertThat(log.tiles).hasSize(274 + 2 + 1);
    assertThat(BatchIntegration.countEntries(log.bundles.get(273L), log.bundles.get(273L).length)).isEqualTo(112);
  }

  @Test
  void levelZeroTileSlotsAreLeafHashesAndBundlesHoldTheEntries() {
    MemoryLog log = new MemoryLog();
    List<byte[]> all = entries(0, 300);
    log.append(all);
    byte[] tile = log.tiles.get(new TileKey(0, 1));
    assertThat(Hash.of(tile, 5 * 32)).isEqualTo(Rfc6962.leafHash(all.get(261)));
    byte[] bundle = log.bundles.get(1L);
    int from = BatchIntegration.prefixLength(bundle, 5);
    assertThat(new String(bundle, from + 2, all.get(261).length, StandardCharsets.UTF_8)).isEqualTo("entry 261");
    // the level-1 slot 0 is the root of the first 256 leaves
    assertThat(Hash.of(log.tiles.get(new TileKey(1, 0)), 0)).isEqualTo(referenceRoot(all, 0, 256));
  }

  @Test
  void refusesToExtendATileThatDoesNotMatchTheTree() {
    MemoryLog log = new MemoryLog();
    log.append(entries(0, 10));
    log.tiles.put(new TileKey(0, 0), new byte[9 * 32]); // a tile that lost a hash
    assertThatThrownBy(() -> log.append(entries(10, 11)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("holds 9 hashes");
  }
}

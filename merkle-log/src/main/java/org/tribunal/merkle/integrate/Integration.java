package org.tribunal.merkle.integrate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.tile.EntryBundle;
import org.tribunal.merkle.tile.EntryBundleId;
import org.tribunal.merkle.tile.HashTile;
import org.tribunal.merkle.tile.TileId;

/**
 * What integrating a batch into the log produced: the new tree size and root, and every hash tile
 * and entry bundle the caller must now write. Full tiles are final; partial ones replace nothing
 * (their path carries their width) and may be deleted once the full tile exists.
 *
 * <p>Immutable; the maps iterate by level, then index.
 *
 * @param oldSize the unsigned tree size before the batch
 * @param newSize the unsigned tree size after it
 * @param root the RFC 6962 root of the tree of {@code newSize}
 * @param tiles the hash tiles to write; copied
 * @param entryBundles the entry bundles to write, empty when only leaf hashes were integrated;
 *     copied
 */
public record Integration(
    long oldSize,
    long newSize,
    Hash root,
    Map<TileId, HashTile> tiles,
    Map<EntryBundleId, EntryBundle> entryBundles) {

  /**
   * Copies the maps, keeping their order.
   *
   * @throws NullPointerException if an argument is null
   */
  public Integration {
    java.util.Objects.requireNonNull(root, "root");
    tiles = Collections.unmodifiableMap(new LinkedHashMap<>(tiles));
    entryBundles = Collections.unmodifiableMap(new LinkedHashMap<>(entryBundles));
  }
}

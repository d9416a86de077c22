package org.tribunal.merkle.reference;

import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.Map;
import org.tribunal.merkle.integrate.Integration;
import org.tribunal.merkle.tile.EntryBundle;
import org.tribunal.merkle.tile.EntryBundleId;
import org.tribunal.merkle.tile.HashTile;
import org.tribunal.merkle.tile.TileId;
import org.tribunal.merkle.tile.TileReader;

/** An in-memory tile store: keeps the widest version of each tile and bundle written. */
public final class MemoryTiles implements TileReader {

  record Key(int level, long index) {}

  private final Map<Key, HashTile> tiles = new HashMap<>();
  private final Map<Long, EntryBundle> bundles = new HashMap<>();
  private long size;

  public long size() {
    return size;
  }

  public void write(Integration integration) {
    integration.tiles().forEach((id, tile) -> tiles.put(new Key(id.level(), id.index()), tile));
    integration.entryBundles().forEach((id, bundle) -> bundles.put(id.index(), bundle));
    size = integration.newSize();
  }

  public Map<Key, HashTile> tiles() {
    return tiles;
  }

  public Map<Long, EntryBundle> bundles() {
    return bundles;
  }

  @Override
  public HashTile readTile(TileId id) throws NoSuchFileException {
    HashTile tile = tiles.get(new Key(id.level(), id.index()));
    if (tile == null || tile.width() < id.width()) {
      throw new NoSuchFileException(id.toString());
    }
    return tile;
  }

  @Override
  public EntryBundle readEntryBundle(EntryBundleId id) throws NoSuchFileException {
    EntryBundle bundle = bundles.get(id.index());
    if (bundle == null || bundle.width() < id.width()) {
      throw new NoSuchFileException(id.toString());
    }
    return bundle;
  }
}

package org.tribunal.record.log;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tribunal.merkle.integrate.Integration;
import org.tribunal.merkle.tile.EntryBundle;
import org.tribunal.merkle.tile.EntryBundleId;
import org.tribunal.merkle.tile.HashTile;
import org.tribunal.merkle.tile.TileId;
import org.tribunal.merkle.tile.TileReader;

/**
 * The tiles and bundles the sequencer wrote last, so that the next batch reads the tree's right edge
 * from memory instead of the database. Falls back to the database for anything it does not hold.
 * Only valid while nobody else writes the tiles: the sequencer clears it whenever a batch fails or it
 * (re)gains leadership. Not thread-safe.
 */
final class RecentTiles implements TileReader {

  private static final int MAX_TILES = 64;

  private final TileReader stored;
  private final Map<String, HashTile> tiles =
      new LinkedHashMap<>(MAX_TILES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, HashTile> eldest) {
          return size() > MAX_TILES;
        }
      };
  private final Map<Long, EntryBundle> bundles = new LinkedHashMap<>();

  RecentTiles(TileReader stored) {
    this.stored = stored;
  }

  @Override
  public HashTile readTile(TileId id) throws IOException {
    HashTile known = tiles.get(key(id));
    if (known != null && known.width() >= id.width()) {
      return known;
    }
    HashTile read = stored.readTile(id);
    tiles.put(key(id), read);
    return read;
  }

  @Override
  public EntryBundle readEntryBundle(EntryBundleId id) throws IOException {
    EntryBundle known = bundles.get(id.index());
    if (known != null && known.width() >= id.width()) {
      return known;
    }
    return stored.readEntryBundle(id);
  }

  /**
   * Returns a reader of the tree as it will be once {@code pending} commits: its tiles and bundles
   * first, then this one's. For reading the next batch's right edge while {@code pending}'s
   * transaction commits; this object must not be used by another thread meanwhile.
   */
  TileReader after(Integration pending) {
    RecentTiles self = this;
    return new TileReader() {
      @Override
      public HashTile readTile(TileId id) throws IOException {
        int width = TileId.widthIn(id.level(), id.index(), pending.newSize());
        HashTile known = width == 0 ? null : pending.tiles().get(new TileId(id.level(), id.index(), width));
        return known != null && known.width() >= id.width() ? known : self.readTile(id);
      }

      @Override
      public EntryBundle readEntryBundle(EntryBundleId id) throws IOException {
        int width = TileId.widthIn(0, id.index(), pending.newSize());
        EntryBundle known = width == 0 ? null : pending.entryBundles().get(new EntryBundleId(id.index(), width));
        return known != null && known.width() >= id.width() ? known : self.readEntryBundle(id);
      }
    };
  }

  void remember(Integration integration) {
    integration.tiles().forEach((id, tile) -> tiles.put(key(id), tile));
    bundles.clear();
    integration.entryBundles().forEach((id, bundle) -> {
      if (!id.isFull()) {
        bundles.put(id.index(), bundle);
      }
    });
  }

  void clear() {
    tiles.clear();
    bundles.clear();
  }

  private static String key(TileId id) {
    return id.level() + "/" + id.index();
  }
}

package org.tribunal.merkle.tile;

/**
 * Something a tiled log serves under {@code tile/}: a hash tile or an entry bundle (C2SP
 * tlog-tiles). {@link TilePath} turns each into its path and back.
 */
public sealed interface TileResource permits TileId, EntryBundleId {

  /**
   * Returns the unsigned tile index {@code N}.
   *
   * @return the index
   */
  long index();

  /**
   * Returns how many hashes or entries the resource holds.
   *
   * @return 1 to 256; 256 means full
   */
  int width();

  /**
   * Returns whether the resource holds all 256 hashes or entries.
   *
   * @return {@code true} if {@code width() == 256}
   */
  default boolean isFull() {
    return width() == TileId.FULL_WIDTH;
  }
}

package org.tribunal.merkle.tile;

/**
 * An entry bundle of C2SP tlog-tiles: bundle {@code index} holds the entries {@code [256·index,
 * 256·index + width)}, whose leaf hashes fill level-0 tile {@code index}. Immutable.
 *
 * @param index the unsigned bundle index
 * @param width how many entries it holds, 1 to 256
 */
public record EntryBundleId(long index, int width) implements TileResource {

  /**
   * Checks the width.
   *
   * @throws IllegalArgumentException if {@code width} is outside 1..256
   */
  public EntryBundleId {
    if (width < 1 || width > TileId.FULL_WIDTH) {
      throw new IllegalArgumentException("bundle width must be 1..256, got " + width);
    }
  }

  /**
   * Returns the bundle {@code index} as it is in a tree of {@code treeSize}.
   *
   * @param index the unsigned bundle index
   * @param treeSize the unsigned tree size
   * @return the bundle with the width it has in that tree
   * @throws IllegalArgumentException if the bundle holds nothing yet in that tree
   */
  public static EntryBundleId inTree(long index, long treeSize) {
    return new EntryBundleId(index, TileId.inTree(0, index, treeSize).width());
  }

  /** Returns the bundle's path, e.g. {@code tile/entries/273.p/112}. */
  @Override
  public String toString() {
    return TilePath.format(this);
  }
}

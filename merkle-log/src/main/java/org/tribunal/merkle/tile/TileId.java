package org.tribunal.merkle.tile;

import org.tribunal.merkle.tree.NodeId;

/**
 * A hash tile of C2SP tlog-tiles: tile {@code (level, index)} holds, in {@code width} slots, the
 * hashes of the tree nodes at height {@code 8·level} with indexes {@code index·256 + i}.
 *
 * <p>Tile height is fixed at 8, so a full tile has 256 hashes (8,192 bytes). A partial tile
 * ({@code width < 256}) is the right edge of a tree whose size is not a multiple of {@code
 * 256^(level+1)}. {@code index} is unsigned. Immutable.
 *
 * @param level the tile level, 0 to 63 (only 0 to 7 can hold nodes of a 64-bit tree)
 * @param index the unsigned tile index
 * @param width how many hashes the tile holds, 1 to 256
 */
public record TileId(int level, long index, int width) implements TileResource {

  /** Tile height: a tile spans 8 levels of the tree. */
  public static final int HEIGHT = 8;

  /** Hashes in a full tile: {@code 2^HEIGHT}. */
  public static final int FULL_WIDTH = 1 << HEIGHT;

  /** The highest level a tile path may name. */
  public static final int MAX_LEVEL = 63;

  /**
   * Checks the ranges.
   *
   * @throws IllegalArgumentException if {@code level} is outside 0..63 or {@code width} outside
   *     1..256
   */
  public TileId {
    if (level < 0 || level > MAX_LEVEL) {
      throw new IllegalArgumentException("tile level must be 0.." + MAX_LEVEL + ", got " + level);
    }
    if (width < 1 || width > FULL_WIDTH) {
      throw new IllegalArgumentException("tile width must be 1.." + FULL_WIDTH + ", got " + width);
    }
  }

  /**
   * Returns the full tile {@code (level, index)}.
   *
   * @param level the tile level
   * @param index the unsigned tile index
   * @return the tile with width 256
   */
  public static TileId full(int level, long index) {
    return new TileId(level, index, FULL_WIDTH);
  }

  /**
   * Returns how many slots tile {@code (level, index)} has filled in a tree of {@code treeSize}.
   *
   * @param level the tile level
   * @param index the unsigned tile index
   * @param treeSize the unsigned tree size
   * @return 256 if full, 0 if the tile does not exist yet, otherwise the partial width
   */
  public static int widthIn(int level, long index, long treeSize) {
    long nodes = level >= 8 ? 0 : treeSize >>> (HEIGHT * level); // nodes at height 8·level
    long fullTiles = nodes >>> HEIGHT;
    int compared = Long.compareUnsigned(index, fullTiles);
    if (compared < 0) {
      return FULL_WIDTH;
    }
    return compared == 0 ? (int) (nodes & (FULL_WIDTH - 1)) : 0;
  }

  /**
   * Returns the tile {@code (level, index)} as it is in a tree of {@code treeSize}.
   *
   * @param level the tile level
   * @param index the unsigned tile index
   * @param treeSize the unsigned tree size
   * @return the tile with the width it has in that tree
   * @throws IllegalArgumentException if the tile holds nothing yet in that tree
   */
  public static TileId inTree(int level, long index, long treeSize) {
    int width = widthIn(level, index, treeSize);
    if (width == 0) {
      throw new IllegalArgumentException(
          "tile " + level + "/" + Long.toUnsignedString(index) + " is empty in a tree of size "
              + Long.toUnsignedString(treeSize));
    }
    return new TileId(level, index, width);
  }

  /**
   * Returns the tile, as it is in a tree of {@code treeSize}, from which the hash of {@code node}
   * can be computed: its slots {@code [slot(node), slot(node) + 2^(node.level mod 8))}.
   *
   * @param node a node whose leaves all exist in the tree
   * @param treeSize the unsigned tree size
   * @return the tile
   * @throws IllegalArgumentException if the node is not inside the tree
   */
  public static TileId containing(NodeId node, long treeSize) {
    if (Long.compareUnsigned(node.lastLeaf(), treeSize) >= 0) {
      throw new IllegalArgumentException(
          "node " + node + " is not inside a tree of size " + Long.toUnsignedString(treeSize));
    }
    int inner = node.level() % HEIGHT;
    return inTree(node.level() / HEIGHT, node.index() >>> (HEIGHT - inner), treeSize);
  }

  /**
   * Returns the first slot of the tile that {@link #containing(NodeId, long)} names for {@code
   * node}.
   *
   * @param node the node
   * @return the slot, 0 to 255
   */
  public static int firstSlot(NodeId node) {
    int inner = node.level() % HEIGHT;
    return (int) ((node.index() << inner) & (FULL_WIDTH - 1));
  }

  /** Returns the tile's path, e.g. {@code tile/1/x001/000.p/17}. */
  @Override
  public String toString() {
    return TilePath.format(this);
  }
}

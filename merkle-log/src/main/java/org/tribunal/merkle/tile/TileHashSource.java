package org.tribunal.merkle.tile;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.tree.NodeHashSource;
import org.tribunal.merkle.tree.NodeId;

/**
 * Node hashes of one tree size, read from tiles: node {@code (h, i)} is computed from {@code
 * 2^(h mod 8)} consecutive slots of tile level {@code h / 8} (C2SP tlog-tiles; Tessera {@code
 * layout.NodeCoordsToTileAddress}).
 *
 * <p>Use it to generate proofs from tiles, with {@link
 * org.tribunal.merkle.proof.InclusionProof#generate} and {@link
 * org.tribunal.merkle.proof.ConsistencyProof#generate}, or to load a tree's right edge into a
 * {@link org.tribunal.merkle.tree.CompactRange}. Every tile it reads is kept until the source is
 * dropped, so make one per request. Not thread-safe.
 */
public final class TileHashSource implements NodeHashSource {

  private final TileReader reader;
  private final long treeSize;
  private final Map<TileId, HashTile> tiles = new HashMap<>();

  /**
   * Creates a source for the tree of {@code treeSize} stored in {@code reader}'s tiles.
   *
   * @param reader where the tiles are
   * @param treeSize the unsigned size of the tree whose nodes are asked for
   */
  public TileHashSource(TileReader reader, long treeSize) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.treeSize = treeSize;
  }

  /**
   * Returns the tree size this source reads.
   *
   * @return the unsigned tree size
   */
  public long treeSize() {
    return treeSize;
  }

  /**
   * Returns the hash of {@code id}, reading its tile (once) and hashing the slots below it.
   *
   * @param id a node whose leaves are all inside the tree
   * @return the node's hash
   * @throws IOException if the tile cannot be read, or is narrower than the tree size requires
   * @throws IllegalArgumentException if the node is not inside the tree
   */
  @Override
  public Hash hash(NodeId id) throws IOException {
    TileId tileId = TileId.containing(id, treeSize);
    HashTile tile = tiles.get(tileId);
    if (tile == null) {
      tile = reader.readTile(tileId);
      if (tile == null || tile.width() < tileId.width()) {
        throw new IOException(
            "tile " + tileId + " has " + (tile == null ? "no" : tile.width())
                + " hashes, a tree of size " + Long.toUnsignedString(treeSize) + " needs "
                + tileId.width());
      }
      tiles.put(tileId, tile);
    }
    int inner = id.level() % TileId.HEIGHT;
    return tile.subtreeRoot(inner, TileId.firstSlot(id) >>> inner);
  }
}

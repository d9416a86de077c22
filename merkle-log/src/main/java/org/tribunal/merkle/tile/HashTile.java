package org.tribunal.merkle.tile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;

/**
 * The contents of a hash tile (C2SP tlog-tiles): 1 to 256 consecutive node hashes of one tree
 * level, served as their plain concatenation (32 bytes each, 8,192 bytes when full).
 *
 * <p>Immutable: bytes are copied in and out. Thread-safe; the aligned subtree roots are computed
 * once, on first use, and kept with the tile.
 */
public final class HashTile {

  private final byte[] bytes;

  /** Aligned subtree roots above the slots, computed on first use (see {@link #subtrees()}). */
  private volatile byte[] subtrees;

  private HashTile(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Parses a served tile.
   *
   * @param data the tile's bytes; copied
   * @return the tile
   * @throws MalformedInputException if {@code data} is empty, longer than 8,192 bytes, or not a
   *     multiple of 32 bytes long
   */
  public static HashTile parse(byte[] data) throws MalformedInputException {
    Objects.requireNonNull(data, "data");
    if (data.length == 0 || data.length % Hash.SIZE != 0
        || data.length > TileId.FULL_WIDTH * Hash.SIZE) {
      throw new MalformedInputException(
          "a hash tile is 1 to 256 hashes of 32 bytes, got " + data.length + " bytes");
    }
    return new HashTile(data.clone());
  }

  /**
   * Returns the tile holding {@code hashes} in order.
   *
   * @param hashes 1 to 256 hashes
   * @return the tile
   * @throws IllegalArgumentException if there are none or more than 256
   */
  public static HashTile of(List<Hash> hashes) {
    if (hashes.isEmpty() || hashes.size() > TileId.FULL_WIDTH) {
      throw new IllegalArgumentException("a hash tile holds 1 to 256 hashes, got " + hashes.size());
    }
    byte[] bytes = new byte[hashes.size() * Hash.SIZE];
    for (int i = 0; i < hashes.size(); i++) {
      hashes.get(i).copyTo(bytes, i * Hash.SIZE);
    }
    return new HashTile(bytes);
  }

  /**
   * Returns how many hashes the tile holds.
   *
   * @return 1 to 256
   */
  public int width() {
    return bytes.length / Hash.SIZE;
  }

  /**
   * Returns the hash in slot {@code slot}.
   *
   * @param slot 0 to {@code width() − 1}
   * @return the hash
   * @throws IndexOutOfBoundsException if the slot is not filled
   */
  public Hash hash(int slot) {
    Objects.checkIndex(slot, width());
    return Hash.of(bytes, slot * Hash.SIZE);
  }

  /**
   * Returns all hashes in slot order.
   *
   * @return a new list of {@code width()} hashes
   */
  public List<Hash> hashes() {
    List<Hash> out = new ArrayList<>(width());
    for (int i = 0; i < width(); i++) {
      out.add(hash(i));
    }
    return out;
  }

  /**
   * Returns the first {@code width} hashes, as the same tile looked in a smaller tree.
   *
   * @param width 1 to {@code width()}
   * @return this tile if {@code width == width()}, else a narrower copy
   * @throws IllegalArgumentException if {@code width} is outside 1..{@code width()}
   */
  public HashTile prefix(int width) {
    if (width < 1 || width > width()) {
      throw new IllegalArgumentException(
          "cannot take " + width + " hashes of a tile of width " + width());
    }
    return width == width() ? this : new HashTile(Arrays.copyOf(bytes, width * Hash.SIZE));
  }

  /**
   * Returns the root of the perfect subtree over slots {@code [index·2^level, (index+1)·2^level)},
   * i.e. the node {@code level} levels above the tile's row.
   *
   * @param level 0 to 8
   * @param index which subtree of that size
   * @return the subtree's hash
   * @throws IndexOutOfBoundsException if the tile does not hold all those slots
   */
  public Hash subtreeRoot(int level, int index) {
    if (level < 0 || level > TileId.HEIGHT) {
      throw new IndexOutOfBoundsException("subtree level must be 0..8, got " + level);
    }
    int first = index << level;
    int count = 1 << level;
    Objects.checkFromIndexSize(first, count, width());
    if (level == 0) {
      return Hash.of(bytes, first * Hash.SIZE);
    }
    return Hash.of(subtrees(), (levelStart(level, width()) + index) * Hash.SIZE);
  }

  /** Returns where level {@code level}'s nodes start in {@link #subtrees()}, counted in hashes. */
  private static int levelStart(int level, int width) {
    int start = 0;
    for (int h = 1; h < level; h++) {
      start += width >>> h;
    }
    return start;
  }

  /**
   * Returns every aligned subtree root of this tile above its slots, level after level (level 1
   * first), computing them on first use: at most 255 hashes in one array. A tile's bytes never
   * change, so neither do these; a proof served from a cached tile then costs copies instead of up
   * to 247 hashes per tile level. Racing threads may both compute; either result is the same.
   */
  private byte[] subtrees() {
    byte[] memo = subtrees;
    if (memo == null) {
      int width = width();
      memo = new byte[levelStart(TileId.HEIGHT + 1, width) * Hash.SIZE];
      byte[] below = bytes;
      int belowStart = 0;
      int out = 0;
      for (int h = 1; h <= TileId.HEIGHT; h++) {
        int count = width >>> h;
        int levelOffset = out;
        for (int i = 0; i < count; i++) {
          Hash left = Hash.of(below, belowStart + (2 * i) * Hash.SIZE);
          Hash right = Hash.of(below, belowStart + (2 * i + 1) * Hash.SIZE);
          Rfc6962.nodeHash(left, right).copyTo(memo, out);
          out += Hash.SIZE;
        }
        below = memo;
        belowStart = levelOffset;
      }
      subtrees = memo;
    }
    return memo;
  }

  /**
   * Returns the bytes to serve.
   *
   * @return a copy, {@code 32·width()} bytes
   */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HashTile t && Arrays.equals(bytes, t.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "HashTile[width=" + width() + "]";
  }
}

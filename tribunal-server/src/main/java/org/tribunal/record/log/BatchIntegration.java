package org.tribunal.record.log;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.tree.CompactRange;

/**
 * Appends a batch of entries to the tree, without storage: from the tree's state and the partial
 * tiles and bundle at its right edge, it returns the new state and every tile and bundle the batch
 * changed (C2SP tlog-tiles, tile height 8). The caller writes them.
 */
final class BatchIntegration {

  static final int WIDTH = 256;
  static final int MAX_ENTRY = 0xffff;

  /** Supplies the stored content of right-edge tiles and bundles the batch extends. */
  interface RightEdge {
    /** Returns the stored hashes of tile {@code key}, empty if it does not exist. */
    byte[] tile(TileKey key);

    /** Returns the stored bundle {@code index}, empty if it does not exist. */
    byte[] bundle(long index);
  }

  /** What a batch changes. Tiles and bundles map to their complete new content. */
  record Result(LogState state, Map<TileKey, byte[]> tiles, Map<Long, Bundle> bundles) {}

  /** An entry bundle's content and width. */
  record Bundle(int width, byte[] entries) {}

  private BatchIntegration() {}

  static Result integrate(LogState state, List<byte[]> entries, RightEdge edge) {
    CompactRange range = state.range();
    long first = state.size();
    Map<TileKey, Growing> tiles = new LinkedHashMap<>();
    for (byte[] entry : entries) {
      range.append(
          Rfc6962.leafHash(entry),
          (id, hash) -> {
            if (id.level() % 8 != 0) {
              return;
            }
            TileKey key = new TileKey(id.level() / 8, id.index() >>> 8);
            int slot = (int) (id.index() & (WIDTH - 1));
            Growing tile =
                tiles.computeIfAbsent(key, k -> new Growing(slot == 0 ? new byte[0] : edge.tile(k), 1024));
            if (tile.length() != slot * Hash.SIZE) {
              throw new IllegalStateException(
                  "tile " + key + " holds " + tile.length() / Hash.SIZE + " hashes; the tree needs "
                      + slot + " before node " + id);
            }
            tile.append(hash);
          });
    }
    Map<Long, Growing> bundles = new LinkedHashMap<>();
    Map<Long, Integer> widths = new LinkedHashMap<>();
    long index = first;
    for (byte[] entry : entries) {
      if (entry.length > MAX_ENTRY) {
        throw new IllegalArgumentException("entry " + index + " has " + entry.length + " bytes; at most " + MAX_ENTRY);
      }
      long bundle = index >>> 8;
      int slot = (int) (index & (WIDTH - 1));
      Growing bytes =
          bundles.computeIfAbsent(bundle, b -> new Growing(slot == 0 ? new byte[0] : edge.bundle(b), 16 * 1024));
      int width = widths.getOrDefault(bundle, slot);
      if (width != slot) {
        throw new IllegalStateException("bundle " + bundle + " out of step at slot " + slot);
      }
      if (slot > 0 && !widths.containsKey(bundle) && countEntries(bytes) != slot) {
        throw new IllegalStateException(
            "bundle " + bundle + " holds " + countEntries(bytes) + " entries; the tree needs " + slot);
      }
      bytes.appendEntry(entry);
      widths.put(bundle, slot + 1);
      index++;
    }
    Map<TileKey, byte[]> tileBytes = new LinkedHashMap<>();
    tiles.forEach((k, v) -> tileBytes.put(k, v.toByteArray()));
    Map<Long, Bundle> bundleBytes = new LinkedHashMap<>();
    bundles.forEach((k, v) -> bundleBytes.put(k, new Bundle(widths.get(k), v.toByteArray())));
    LogState next = new LogState(new TreeHead(range.end(), range.root()), range.hashes());
    return new Result(next, tileBytes, bundleBytes);
  }

  /** Counts the entries of an encoded bundle. */
  static int countEntries(Growing bundle) {
    return countEntries(bundle.bytes, bundle.length);
  }

  /** Counts the entries in the first {@code length} bytes of an encoded bundle. */
  static int countEntries(byte[] bundle, int length) {
    int count = 0;
    int at = 0;
    while (at < length) {
      if (at + 2 > length) {
        throw new IllegalStateException("entry bundle is truncated");
      }
      at += 2 + (((bundle[at] & 0xff) << 8) | (bundle[at + 1] & 0xff));
      count++;
    }
    if (at != length) {
      throw new IllegalStateException("entry bundle is truncated");
    }
    return count;
  }

  /**
   * Returns how many bytes the first {@code width} entries of an encoded bundle take.
   *
   * @throws IllegalArgumentException if the bundle has fewer entries
   */
  static int prefixLength(byte[] bundle, int width) {
    int at = 0;
    for (int i = 0; i < width; i++) {
      if (at + 2 > bundle.length) {
        throw new IllegalArgumentException("bundle has fewer than " + width + " entries");
      }
      at += 2 + (((bundle[at] & 0xff) << 8) | (bundle[at + 1] & 0xff));
    }
    if (at > bundle.length) {
      throw new IllegalArgumentException("bundle has fewer than " + width + " entries");
    }
    return at;
  }

  /** A byte buffer that only grows. */
  static final class Growing {
    private byte[] bytes;
    private int length;

    Growing(byte[] initial, int capacity) {
      bytes = Arrays.copyOf(initial, Math.max(capacity, initial.length));
      length = initial.length;
    }

    int length() {
      return length;
    }

    void append(Hash hash) {
      ensure(Hash.SIZE);
      hash.copyTo(bytes, length);
      length += Hash.SIZE;
    }

    void appendEntry(byte[] entry) {
      ensure(2 + entry.length);
      bytes[length] = (byte) (entry.length >>> 8);
      bytes[length + 1] = (byte) entry.length;
      System.arraycopy(entry, 0, bytes, length + 2, entry.length);
      length += 2 + entry.length;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
      if (length + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
      }
    }
  }
}

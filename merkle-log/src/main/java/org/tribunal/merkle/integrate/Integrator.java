package org.tribunal.merkle.integrate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.tile.EntryBundle;
import org.tribunal.merkle.tile.EntryBundleId;
import org.tribunal.merkle.tile.HashTile;
import org.tribunal.merkle.tile.TileHashSource;
import org.tribunal.merkle.tile.TileId;
import org.tribunal.merkle.tile.TileReader;
import org.tribunal.merkle.tree.CompactRange;
import org.tribunal.merkle.tree.NodeId;

/**
 * Appends a batch to a tiled log without touching storage: given the current tree size, a {@link
 * TileReader} for the tiles already written and the new leaves, it returns the new size, the new
 * root and the tiles and bundles to write ({@link Integration}).
 *
 * <p>It reads only the tree's right edge: the partial tiles and the few nodes a {@link
 * CompactRange} needs. The result of one call equals that of any split of the same leaves into
 * consecutive calls. Modelled on Tessera {@code storage/internal/integrate.go}. Stateless and
 * thread-safe; concurrent integrations of the same log must be serialised by the caller, which owns
 * the tree size.
 */
public final class Integrator {

  private Integrator() {}

  /**
   * Integrates leaf hashes whose entries the caller stores itself.
   *
   * @param treeSize the unsigned size of the tree the reader holds
   * @param leafHashes the RFC 6962 leaf hashes of the new entries, in log order; may be empty
   * @param reader the tiles written so far
   * @return the new size and root and the hash tiles to write (no entry bundles)
   * @throws IOException if a tile of the right edge cannot be read
   * @throws IllegalArgumentException if the tree would grow past {@code 2^64 − 1} leaves
   */
  public static Integration appendLeafHashes(long treeSize, List<Hash> leafHashes, TileReader reader)
      throws IOException {
    Objects.requireNonNull(reader, "reader");
    return integrate(treeSize, List.copyOf(leafHashes), reader, Map.of());
  }

  /**
   * Integrates entries: hashes them, and also returns the entry bundles to write.
   *
   * @param treeSize the unsigned size of the tree the reader holds
   * @param entries the new entries in log order, at most 65,535 bytes each; may be empty
   * @param reader the tiles and bundles written so far
   * @return the new size and root, and the hash tiles and entry bundles to write
   * @throws IOException if a tile or the partial bundle at the right edge cannot be read
   * @throws IllegalArgumentException if an entry is too long or the tree would grow past {@code
   *     2^64 − 1} leaves
   */
  public static Integration appendEntries(long treeSize, List<byte[]> entries, TileReader reader)
      throws IOException {
    Objects.requireNonNull(reader, "reader");
    List<Hash> leafHashes = new ArrayList<>(entries.size());
    for (byte[] entry : entries) {
      EntryBundle.checkEntrySize(entry);
      leafHashes.add(Rfc6962.leafHash(entry));
    }
    return integrate(treeSize, leafHashes, reader, bundles(treeSize, entries, reader));
  }

  private static Integration integrate(
      long treeSize, List<Hash> leafHashes, TileReader reader,
      Map<EntryBundleId, EntryBundle> bundles) throws IOException {
    long newSize = treeSize + leafHashes.size();
    if (Long.compareUnsigned(newSize, treeSize) < 0) {
      throw new IllegalArgumentException(
          "appending " + leafHashes.size() + " leaves to size " + Long.toUnsignedString(treeSize)
              + " overflows 2^64 - 1");
    }
    CompactRange range = CompactRange.fromSource(0, treeSize, new TileHashSource(reader, treeSize));
    TileWriter writer = new TileWriter(treeSize, reader);
    for (Hash leaf : leafHashes) {
      range.append(leaf, writer::visit);
    }
    if (writer.failure != null) {
      throw writer.failure;
    }
    return new Integration(treeSize, newSize, range.root(), writer.tiles(), bundles);
  }

  /** Collects the nodes at tile rows (heights multiple of 8) into tiles, starting from the edge. */
  private static final class TileWriter {
    private final long oldSize;
    private final TileReader reader;
    private final Map<Long, Map<Long, Hash[]>> rows = new TreeMap<>(); // level -> index -> slots
    private IOException failure;

    TileWriter(long oldSize, TileReader reader) {
      this.oldSize = oldSize;
      this.reader = reader;
    }

    void visit(NodeId node, Hash hash) {
      if (node.level() % TileId.HEIGHT != 0 || failure != null) {
        return;
      }
      long level = node.level() / TileId.HEIGHT;
      long index = node.index() >>> TileId.HEIGHT;
      int slot = (int) (node.index() & (TileId.FULL_WIDTH - 1));
      Map<Long, Hash[]> row = rows.computeIfAbsent(level, l -> new TreeMap<>(Long::compareUnsigned));
      Hash[] slots = row.get(index);
      if (slots == null) {
        try {
          slots = start((int) level, index);
        } catch (IOException e) {
          failure = e;
          return;
        }
        row.put(index, slots);
      }
      slots[slot] = hash;
    }

    /** The tile's slots as written so far: those of the partial tile at the old size, if any. */
    private Hash[] start(int level, long index) throws IOException {
      Hash[] slots = new Hash[TileId.FULL_WIDTH];
      int existing = TileId.widthIn(level, index, oldSize);
      if (existing > 0) {
        HashTile tile = reader.readTile(new TileId(level, index, existing));
        if (tile == null || tile.width() < existing) {
          throw new IOException("tile " + new TileId(level, index, existing) + " is missing or short");
        }
        for (int i = 0; i < existing; i++) {
          slots[i] = tile.hash(i);
        }
      }
      return slots;
    }

    Map<TileId, HashTile> tiles() {
      Map<TileId, HashTile> out = new java.util.LinkedHashMap<>();
      rows.forEach(
          (level, row) ->
              row.forEach(
                  (index, slots) -> {
                    int width = 0;
                    while (width < slots.length && slots[width] != null) {
                      width++;
                    }
                    out.put(
                        new TileId(level.intValue(), index, width),
                        HashTile.of(Arrays.asList(slots).subList(0, width)));
                  }));
      return out;
    }
  }

  private static Map<EntryBundleId, EntryBundle> bundles(
      long treeSize, List<byte[]> entries, TileReader reader) throws IOException {
    Map<EntryBundleId, EntryBundle> out = new java.util.LinkedHashMap<>();
    if (entries.isEmpty()) {
      return out;
    }
    long index = treeSize >>> TileId.HEIGHT;
    List<byte[]> current = new ArrayList<>(TileId.FULL_WIDTH);
    int existing = (int) (treeSize & (TileId.FULL_WIDTH - 1));
    if (existing > 0) {
      EntryBundleId id = new EntryBundleId(index, existing);
      EntryBundle bundle = reader.readEntryBundle(id);
      if (bundle == null || bundle.width() < existing) {
        throw new IOException("entry bundle " + id + " is missing or short");
      }
      current.addAll(bundle.prefix(existing).entries());
    }
    for (byte[] entry : entries) {
      current.add(entry);
      if (current.size() == TileId.FULL_WIDTH) {
        out.put(new EntryBundleId(index, TileId.FULL_WIDTH), EntryBundle.of(current));
        current.clear();
        index++;
      }
    }
    if (!current.isEmpty()) {
      out.put(new EntryBundleId(index, current.size()), EntryBundle.of(current));
    }
    return out;
  }
}

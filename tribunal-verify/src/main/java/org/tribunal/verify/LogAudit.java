package org.tribunal.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.tile.EntryBundle;
import org.tribunal.merkle.tile.EntryBundleId;
import org.tribunal.merkle.tile.HashTile;
import org.tribunal.merkle.tile.TileId;
import org.tribunal.merkle.tile.TilePath;
import org.tribunal.merkle.tree.CompactRange;
import org.tribunal.merkle.tree.NodeId;
import org.tribunal.merkle.tree.NodeVisitor;

/**
 * One audit of a tiled log: from the state of the last verified tree and a newly verified
 * checkpoint, it reads the new entries, recomputes the root and checks the hash tiles.
 *
 * <p>The recomputation starts from the verified right edge, not from anything the log serves, so a
 * matching root proves at once that the entries hash to the checkpoint's root and that the new tree
 * extends the old one (RFC 9162 §2.1.4: consistency). The partial entry bundle at the old size is
 * read again in full and its old entries must give the old edge, which catches a rewrite of
 * entries the log had already shown. Every hash tile that grew is compared slot by slot: new slots
 * with the nodes the entries give, old slots through the perfect subtrees of the old edge. Memory
 * stays small: one bundle at a time, plus one hash per 256 new entries for the upper tile levels.
 * Not thread-safe; one use.
 */
final class LogAudit {

  private static final int HEIGHT = TileId.HEIGHT;
  private static final int MAX_TILE_LEVEL = 7; // heights up to 63 fit in tile levels 0..7

  private final LogSource source;
  private final Checkpoint checkpoint;
  private final AuditState previous;
  private int bundlesRead;
  private int tilesRead;

  /** What a successful audit verified. */
  record Outcome(AuditState state, long newEntries, int bundlesRead, int tilesRead) {}

  LogAudit(LogSource source, Checkpoint checkpoint, AuditState previous) {
    this.source = source;
    this.checkpoint = checkpoint;
    this.previous = previous;
  }

  /**
   * Runs the audit.
   *
   * @return the new state and what was read
   * @throws VerificationException if the log shrank, rewrote its history, serves entries that do not
   *     give the checkpoint's root, or a hash tile that disagrees with its entries
   * @throws CheckFailed if a bundle or tile cannot be fetched
   */
  Outcome run() throws VerificationException, CheckFailed {
    long oldSize = previous.size();
    long newSize = checkpoint.size();
    if (Long.compareUnsigned(newSize, oldSize) < 0) {
      throw new VerificationException("the log shrank: the checkpoint has tree size " + size(newSize)
          + " but an earlier audit verified tree size " + size(oldSize) + " (root "
          + previous.root().toHex() + ")");
    }
    if (newSize == oldSize) {
      if (!checkpoint.root().equals(previous.root())) {
        throw new VerificationException(oldSize == 0
            ? "the checkpoint has tree size 0 but root " + checkpoint.root().toHex()
                + ", not the empty tree's root " + previous.root().toHex()
            : "the history was rewritten: the checkpoint gives tree size " + size(newSize)
                + " root " + checkpoint.root().toHex() + ", an earlier audit verified root "
                + previous.root().toHex() + " for the same size");
      }
      return new Outcome(previous, 0, 0, 0);
    }

    Map<NodeId, Hash> oldEdge = new HashMap<>();
    List<NodeId> oldNodes = CompactRange.nodes(0, oldSize);
    for (int i = 0; i < oldNodes.size(); i++) {
      oldEdge.put(oldNodes.get(i), previous.edge().get(i));
    }
    // Start at the last full bundle boundary: its edge is the old edge's nodes of height >= 8.
    long restart = oldSize & -TileId.FULL_WIDTH;
    CompactRange range =
        CompactRange.of(0, restart, previous.edge().subList(0, Long.bitCount(restart)));
    Map<NodeId, Hash> upperNodes = new HashMap<>();
    NodeVisitor keepTileRows = (id, hash) -> {
      if (id.level() > 0 && id.level() % HEIGHT == 0) {
        upperNodes.put(id, hash);
      }
    };

    String tileProblem = null;
    long lastBundle = (newSize - 1) >>> HEIGHT;
    for (long n = restart >>> HEIGHT; ; n++) {
      EntryBundle bundle = fetchBundle(EntryBundleId.inTree(n, newSize));
      List<Hash> leaves = new ArrayList<>(bundle.width());
      for (int i = 0; i < bundle.width(); i++) {
        Hash leaf = bundle.leafHash(i);
        leaves.add(leaf);
        range.append(leaf, keepTileRows);
        if (range.end() == oldSize && !range.hashes().equals(previous.edge())) {
          throw new VerificationException("the history was rewritten: entries "
              + size(restart) + " to " + size(oldSize - 1) + " in " + bundle(n, bundle.width())
              + " are not those an earlier audit verified at tree size " + size(oldSize));
        }
      }
      HashTile tile = fetchTile(TileId.inTree(0, n, newSize));
      for (int i = 0; i < leaves.size() && tileProblem == null; i++) {
        if (!tile.hash(i).equals(leaves.get(i))) {
          tileProblem = "hash tile " + TileId.inTree(0, n, newSize) + " slot " + i + " holds "
              + tile.hash(i).toHex() + " but entry " + size((n << HEIGHT) + i) + " hashes to "
              + leaves.get(i).toHex();
        }
      }
      if (n == lastBundle) {
        break;
      }
    }

    Hash root = range.root();
    if (!root.equals(checkpoint.root())) {
      throw new VerificationException((oldSize == 0
          ? "the " + size(newSize) + " entries the log serves hash to root " + root.toHex()
          : "the tree verified at size " + size(oldSize) + " extended by the "
              + size(newSize - oldSize) + " new entries the log serves has root " + root.toHex())
          + ", but the checkpoint for tree size " + size(newSize) + " says "
          + checkpoint.root().toHex()
          + (oldSize == 0 ? "" : ": the new entries were altered or the history was rewritten"));
    }
    if (tileProblem != null) {
      throw new VerificationException(tileProblem);
    }
    checkUpperTiles(oldSize, newSize, oldEdge, upperNodes);
    return new Outcome(AuditState.of(checkpoint.origin(), range), newSize - oldSize, bundlesRead,
        tilesRead);
  }

  /** Compares every tile above level 0 that grew between the two sizes with the recomputed tree. */
  private void checkUpperTiles(long oldSize, long newSize, Map<NodeId, Hash> oldEdge,
      Map<NodeId, Hash> upperNodes) throws VerificationException, CheckFailed {
    for (int level = 1; level <= MAX_TILE_LEVEL; level++) {
      long newNodes = newSize >>> (HEIGHT * level);
      if (newNodes == 0) {
        return;
      }
      long oldNodes = oldSize >>> (HEIGHT * level);
      long lastTile = (newNodes - 1) >>> HEIGHT;
      for (long n = oldNodes >>> HEIGHT; Long.compareUnsigned(n, lastTile) <= 0; n++) {
        int oldWidth = TileId.widthIn(level, n, oldSize);
        int newWidth = TileId.widthIn(level, n, newSize);
        if (oldWidth == newWidth) {
          continue;
        }
        TileId id = new TileId(level, n, newWidth);
        HashTile tile = fetchTile(id);
        // Old slots: each lies under exactly one perfect subtree of the old edge.
        int start = 0;
        for (int k = HEIGHT - 1; k >= 0; k--) {
          if ((oldWidth & (1 << k)) != 0) {
            NodeId node = new NodeId(HEIGHT * level + k, ((n << HEIGHT) + start) >>> k);
            Hash expected = oldEdge.get(node);
            Hash served = tile.subtreeRoot(k, start >>> k);
            if (!served.equals(expected)) {
              throw new VerificationException("hash tile " + id + " slots " + start + " to "
                  + (start + (1 << k) - 1) + " hash to " + served.toHex() + " but the tree an "
                  + "earlier audit verified has " + expected.toHex() + " there");
            }
            start += 1 << k;
          }
        }
        for (int i = oldWidth; i < newWidth; i++) {
          NodeId node = new NodeId(HEIGHT * level, (n << HEIGHT) + i);
          Hash expected = upperNodes.get(node);
          if (!tile.hash(i).equals(expected)) {
            throw new VerificationException("hash tile " + id + " slot " + i + " holds "
                + tile.hash(i).toHex() + " but the entries give " + expected.toHex());
          }
        }
      }
    }
  }

  private EntryBundle fetchBundle(EntryBundleId id) throws VerificationException, CheckFailed {
    byte[] bytes = fetch(TilePath.format(id),
        id.isFull() ? null : TilePath.format(new EntryBundleId(id.index(), TileId.FULL_WIDTH)));
    bundlesRead++;
    EntryBundle bundle;
    try {
      bundle = EntryBundle.parse(bytes);
    } catch (MalformedInputException e) {
      throw new VerificationException(id + " is malformed: " + e.getMessage(), e);
    }
    if (bundle.width() < id.width()) {
      throw new VerificationException(id + " holds " + bundle.width() + " entries, tree size "
          + size(checkpoint.size()) + " needs " + id.width());
    }
    return bundle.prefix(id.width());
  }

  private HashTile fetchTile(TileId id) throws VerificationException, CheckFailed {
    byte[] bytes = fetch(TilePath.format(id),
        id.isFull() ? null : TilePath.format(TileId.full(id.level(), id.index())));
    tilesRead++;
    HashTile tile;
    try {
      tile = HashTile.parse(bytes);
    } catch (MalformedInputException e) {
      throw new VerificationException(id + " is malformed: " + e.getMessage(), e);
    }
    if (tile.width() < id.width()) {
      throw new VerificationException(id + " holds " + tile.width() + " hashes, tree size "
          + size(checkpoint.size()) + " needs " + id.width());
    }
    return tile.prefix(id.width());
  }

  /** Reads {@code path}; a log may have deleted a partial resource once the full one exists. */
  private byte[] fetch(String path, String fullPath) throws CheckFailed {
    try {
      return source.read(path);
    } catch (LogSource.Missing missing) {
      if (fullPath != null) {
        try {
          return source.read(fullPath);
        } catch (LogSource.Missing alsoMissing) {
          throw new CheckFailed("the log serves neither " + path + " nor " + fullPath
              + ", which tree size " + size(checkpoint.size()) + " needs");
        }
      }
      throw new CheckFailed("the log does not serve " + path + ", which tree size "
          + size(checkpoint.size()) + " needs");
    }
  }

  private static String bundle(long n, int width) {
    return TilePath.format(new EntryBundleId(n, width));
  }

  private static String size(long value) {
    return Long.toUnsignedString(value);
  }
}

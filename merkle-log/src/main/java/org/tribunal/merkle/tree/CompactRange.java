package org.tribunal.merkle.tree;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;

/**
 * The minimal set of perfect subtree hashes covering the leaf range {@code [begin, end)}: enough to
 * append leaves, merge with the adjacent range and, when {@code begin == 0}, compute the root.
 *
 * <p>For {@code begin == 0} the range holds one hash per one-bit of {@code end}, so a log needs
 * only its "right edge" to grow. New nodes are reported to a {@link NodeVisitor} instead of being
 * stored. The design follows transparency-dev/merkle {@code compact.Range}.
 *
 * <p>Bounds are unsigned 64-bit integers; a range can reach {@code end = 2^64 − 1}. Mutable and not
 * thread-safe.
 */
public final class CompactRange {

  private final long begin;
  private long end;
  private final ArrayList<Hash> hashes;

  private CompactRange(long begin, long end, List<Hash> hashes) {
    this.begin = begin;
    this.end = end;
    this.hashes = new ArrayList<>(hashes);
  }

  /**
   * Returns an empty range starting at {@code begin}, ready to append leaves to.
   *
   * @param begin the unsigned index of the first leaf it will hold
   * @return an empty range
   */
  public static CompactRange empty(long begin) {
    return new CompactRange(begin, begin, List.of());
  }

  /**
   * Returns the range {@code [begin, end)} from the hashes of its {@link #nodes(long, long)}.
   *
   * @param begin the unsigned first leaf index
   * @param end the unsigned index after the last leaf, not below {@code begin}
   * @param hashes the hashes of {@code nodes(begin, end)}, in that order
   * @return the range
   * @throws IllegalArgumentException if {@code end < begin} or the number of hashes is wrong
   */
  public static CompactRange of(long begin, long end, List<Hash> hashes) {
    int expected = nodes(begin, end).size();
    if (hashes.size() != expected) {
      throw new IllegalArgumentException(
          "range " + rangeText(begin, end) + " needs " + expected + " hashes, got " + hashes.size());
    }
    hashes.forEach(h -> Objects.requireNonNull(h, "hash"));
    return new CompactRange(begin, end, hashes);
  }

  /**
   * Returns the range {@code [begin, end)}, reading the hashes of its nodes from {@code source}.
   *
   * @param begin the unsigned first leaf index
   * @param end the unsigned index after the last leaf, not below {@code begin}
   * @param source where to read node hashes
   * @return the range
   * @throws IOException if the source fails
   * @throws IllegalArgumentException if {@code end < begin}
   */
  public static CompactRange fromSource(long begin, long end, NodeHashSource source)
      throws IOException {
    List<NodeId> ids = nodes(begin, end);
    List<Hash> hashes = new ArrayList<>(ids.size());
    for (NodeId id : ids) {
      hashes.add(Objects.requireNonNull(source.hash(id), "source returned no hash"));
    }
    return new CompactRange(begin, end, hashes);
  }

  /**
   * Returns the perfect subtrees that cover {@code [begin, end)} with the fewest nodes: first the
   * left border from low to high levels, then the right border from high to low levels.
   *
   * @param begin the unsigned first leaf index
   * @param end the unsigned index after the last leaf
   * @return the nodes, left to right; empty if {@code begin == end}
   * @throws IllegalArgumentException if {@code end < begin}
   */
  public static List<NodeId> nodes(long begin, long end) {
    if (Long.compareUnsigned(begin, end) > 0) {
      throw new IllegalArgumentException("range " + rangeText(begin, end) + " ends before it begins");
    }
    long left;
    long right;
    if (begin == 0) {
      left = 0;
      right = end;
    } else {
      long lastBefore = begin - 1;
      // Paths to leaves begin-1 and end diverge at bit d; only nodes strictly below are in range.
      int d = 63 - Long.numberOfLeadingZeros(lastBefore ^ end);
      long mask = (1L << d) - 1;
      left = ~lastBefore & mask;
      right = end & mask;
    }
    List<NodeId> ids = new ArrayList<>(Long.bitCount(left) + Long.bitCount(right));
    long position = begin;
    while (left != 0) {
      int level = Long.numberOfTrailingZeros(left);
      ids.add(new NodeId(level, position >>> level));
      position += 1L << level;
      left &= left - 1;
    }
    while (right != 0) {
      int level = 63 - Long.numberOfLeadingZeros(right);
      ids.add(new NodeId(level, position >>> level));
      position += 1L << level;
      right ^= 1L << level;
    }
    return ids;
  }

  /**
   * Returns the unsigned index of the first leaf.
   *
   * @return {@code begin}
   */
  public long begin() {
    return begin;
  }

  /**
   * Returns the unsigned index after the last leaf.
   *
   * @return {@code end}; equal to {@code begin} when the range is empty
   */
  public long end() {
    return end;
  }

  /**
   * Returns the hashes of {@link #nodes(long, long) nodes(begin(), end())}.
   *
   * @return an unmodifiable snapshot, empty for an empty range
   */
  public List<Hash> hashes() {
    return Collections.unmodifiableList(new ArrayList<>(hashes));
  }

  /**
   * Appends one leaf hash, reporting the leaf and every completed parent to {@code visitor}.
   *
   * @param leafHash the RFC 6962 leaf hash of the next entry
   * @param visitor receives {@code (0, end)} and each new interior node, lowest first
   * @throws IllegalStateException if the range already ends at {@code 2^64 − 1}
   */
  public void append(Hash leafHash, NodeVisitor visitor) {
    Objects.requireNonNull(leafHash, "leafHash");
    if (end == -1L) {
      throw new IllegalStateException("a range cannot grow past 2^64 - 1 leaves");
    }
    visitor.visit(new NodeId(0, end), leafHash);
    push(0, end, leafHash, visitor);
  }

  /**
   * Appends the adjacent range {@code other}, reporting every node completed by the merge.
   *
   * @param other a range whose {@code begin()} equals this range's {@code end()}; not modified
   * @param visitor receives each new interior node, lowest first
   * @throws IllegalArgumentException if the ranges are not adjacent
   */
  public void merge(CompactRange other, NodeVisitor visitor) {
    if (other.begin != end) {
      throw new IllegalArgumentException(
          "cannot merge " + rangeText(other.begin, other.end) + " after " + rangeText(begin, end));
    }
    List<NodeId> ids = nodes(other.begin, other.end);
    List<Hash> otherHashes = new ArrayList<>(other.hashes);
    for (int i = 0; i < ids.size(); i++) {
      push(ids.get(i).level(), ids.get(i).index(), otherHashes.get(i), visitor);
    }
  }

  private void push(int level, long index, Hash hash, NodeVisitor visitor) {
    end += 1L << level;
    while ((index & 1) == 1
        && level < NodeId.MAX_LEVEL
        && Long.compareUnsigned((index - 1) << level, begin) >= 0) {
      hash = Rfc6962.nodeHash(hashes.remove(hashes.size() - 1), hash);
      index >>>= 1;
      level++;
      visitor.visit(new NodeId(level, index), hash);
    }
    hashes.add(hash);
  }

  /**
   * Returns the RFC 6962 root of the tree of size {@code end()}.
   *
   * @return the root; {@link Rfc6962#emptyRoot()} for an empty range
   * @throws IllegalStateException if {@code begin() != 0}
   */
  public Hash root() {
    return root(NodeVisitor.NONE);
  }

  /**
   * Returns the root, reporting each "ephemeral" right-border node it computes together with the
   * position that node would have if the tree were perfect. (In a tree of more than 2^63 leaves the
   * root itself would sit at level 64, which has no {@link NodeId}; it is not reported.)
   *
   * @param visitor receives each ephemeral node, lowest first
   * @return the root; {@link Rfc6962#emptyRoot()} for an empty range
   * @throws IllegalStateException if {@code begin() != 0}
   */
  public Hash root(NodeVisitor visitor) {
    if (begin != 0) {
      throw new IllegalStateException(
          "only a range starting at leaf 0 has a root, this one starts at "
              + Long.toUnsignedString(begin));
    }
    if (hashes.isEmpty()) {
      return Rfc6962.emptyRoot();
    }
    Hash hash = hashes.get(hashes.size() - 1);
    long size = end;
    for (int i = hashes.size() - 2; i >= 0; i--) {
      hash = Rfc6962.nodeHash(hashes.get(i), hash);
      size &= size - 1;
      int level = Long.numberOfTrailingZeros(size) + 1;
      if (visitor != NodeVisitor.NONE && level <= NodeId.MAX_LEVEL) {
        visitor.visit(new NodeId(level, size >>> level), hash);
      }
    }
    return hash;
  }

  @Override
  public String toString() {
    return "CompactRange" + rangeText(begin, end);
  }

  private static String rangeText(long begin, long end) {
    return "[" + Long.toUnsignedString(begin) + ", " + Long.toUnsignedString(end) + ")";
  }
}

package org.tribunal.merkle.proof;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.tree.CompactRange;
import org.tribunal.merkle.tree.NodeId;

/**
 * Which stored nodes an RFC 6962 inclusion or consistency proof is made of: index maths only, no
 * hashes. The caller fetches the hashes of {@link #ids()} from wherever it keeps them and passes
 * them to {@link #rehash(List)}, which folds the right-edge nodes into the one "ephemeral" node a
 * proof needs when the tree is not perfect.
 *
 * <p>Follows transparency-dev/merkle {@code proof.Inclusion}, {@code proof.Consistency} and {@code
 * Nodes.Rehash}; the result equals RFC 6962 §2.1.1 PATH and §2.1.2 PROOF. Sizes and indexes are
 * unsigned 64-bit integers. Immutable and thread-safe.
 */
public final class ProofNodes {

  private static final ProofNodes EMPTY = new ProofNodes(List.of(), 0, 0, null);

  private final List<NodeId> ids;
  private final int ephemeralBegin;
  private final int ephemeralEnd;
  private final NodeId ephemeral;

  private ProofNodes(List<NodeId> ids, int ephemeralBegin, int ephemeralEnd, NodeId ephemeral) {
    this.ids = ids;
    this.ephemeralBegin = ephemeralBegin;
    this.ephemeralEnd = ephemeralEnd;
    this.ephemeral = ephemeral;
  }

  /**
   * Returns the nodes of the inclusion proof for leaf {@code index} in the tree of {@code size}.
   *
   * @param index the unsigned leaf index, below {@code size}
   * @param size the unsigned tree size
   * @return the nodes; none when {@code size == 1}
   * @throws IllegalArgumentException if {@code index ≥ size} (unsigned), including {@code size == 0}
   */
  public static ProofNodes inclusion(long index, long size) {
    if (Long.compareUnsigned(index, size) >= 0) {
      throw new IllegalArgumentException(
          "index " + Long.toUnsignedString(index) + " is not below tree size "
              + Long.toUnsignedString(size));
    }
    return nodes(index, 0, size).skipFirst();
  }

  /**
   * Returns the nodes of the consistency proof from the tree of {@code oldSize} to the tree of
   * {@code newSize}.
   *
   * @param oldSize the unsigned smaller size
   * @param newSize the unsigned larger size
   * @return the nodes; none when {@code oldSize == 0} or {@code oldSize == newSize}
   * @throws IllegalArgumentException if {@code oldSize > newSize} (unsigned)
   */
  public static ProofNodes consistency(long oldSize, long newSize) {
    if (Long.compareUnsigned(oldSize, newSize) > 0) {
      throw new IllegalArgumentException(
          "old size " + Long.toUnsignedString(oldSize) + " is larger than new size "
              + Long.toUnsignedString(newSize));
    }
    if (oldSize == newSize || oldSize == 0) {
      return EMPTY;
    }
    // The biggest perfect subtree that ends at oldSize; the proof is that node (unless the verifier
    // already knows it because oldSize is a power of two) plus its inclusion proof in newSize.
    int level = Long.numberOfTrailingZeros(oldSize);
    long index = (oldSize - 1) >>> level;
    ProofNodes nodes = nodes(index, level, newSize);
    return index == 0 ? nodes.skipFirst() : nodes;
  }

  /** The nodes proving that {@code (level, index)} is included in the tree of {@code size}. */
  private static ProofNodes nodes(long index, int level, long size) {
    // The fork is where the path to (level, index) leaves the path to the right edge; the fork's
    // sibling is the ephemeral node, rebuilt from the nodes that cover [fork end, size).
    int inner = 63 - Long.numberOfLeadingZeros(index ^ (size >>> level));
    NodeId fork = new NodeId(level + inner, index >>> inner);
    long forkBegin = fork.firstLeaf();
    long forkEnd = fork.lastLeaf() + 1; // fork ends at or before size, so never wraps

    List<NodeId> ids = new ArrayList<>();
    NodeId node = new NodeId(level, index);
    ids.add(node);
    for (; node.level() < fork.level(); node = node.parent()) {
      ids.add(node.sibling());
    }
    int begin = ids.size();
    List<NodeId> right = new ArrayList<>(CompactRange.nodes(forkEnd, size));
    Collections.reverse(right);
    ids.addAll(right);
    int end = ids.size();
    List<NodeId> left = new ArrayList<>(CompactRange.nodes(0, forkBegin));
    Collections.reverse(left);
    ids.addAll(left);
    if (begin >= end) {
      begin = 0;
      end = 0;
    }
    return new ProofNodes(List.copyOf(ids), begin, end, fork.sibling());
  }

  private ProofNodes skipFirst() {
    List<NodeId> rest = ids.subList(1, ids.size());
    if (ephemeralBegin < ephemeralEnd) {
      return new ProofNodes(List.copyOf(rest), ephemeralBegin - 1, ephemeralEnd - 1, ephemeral);
    }
    return new ProofNodes(List.copyOf(rest), 0, 0, ephemeral);
  }

  /**
   * Returns the stored nodes whose hashes the proof is computed from.
   *
   * @return the node ids, in the order {@link #rehash(List)} expects their hashes; may be empty
   */
  public List<NodeId> ids() {
    return ids;
  }

  /**
   * Returns the position the ephemeral node would have if the tree were perfect, when the proof
   * folds more than one stored node into it.
   *
   * @return the ephemeral node, or empty when every proof hash is a stored node
   */
  public Optional<NodeId> ephemeral() {
    return ephemeralEnd - ephemeralBegin > 1 ? Optional.of(ephemeral) : Optional.empty();
  }

  /**
   * Returns how many hashes the finished proof has.
   *
   * @return the proof length, at most 64
   */
  public int proofLength() {
    int folded = ephemeralEnd - ephemeralBegin;
    return folded > 1 ? ids.size() - folded + 1 : ids.size();
  }

  /**
   * Turns the hashes of {@link #ids()} into the proof, folding the right-edge nodes into the
   * ephemeral node.
   *
   * @param hashes the hashes of {@code ids()}, in the same order
   * @return the proof hashes, leaf side first
   * @throws IllegalArgumentException if the number of hashes differs from {@code ids().size()}
   */
  public List<Hash> rehash(List<Hash> hashes) {
    if (hashes.size() != ids.size()) {
      throw new IllegalArgumentException(
          "got " + hashes.size() + " hashes for " + ids.size() + " proof nodes");
    }
    List<Hash> proof = new ArrayList<>(proofLength());
    for (int i = 0; i < hashes.size(); i++) {
      Hash hash = Objects.requireNonNull(hashes.get(i), "hash");
      if (i == ephemeralBegin && ephemeralBegin < ephemeralEnd) {
        for (i++; i < ephemeralEnd; i++) {
          hash = Rfc6962.nodeHash(hashes.get(i), hash);
        }
        i--;
      }
      proof.add(hash);
    }
    return List.copyOf(proof);
  }

  @Override
  public String toString() {
    return "ProofNodes" + ids + (ephemeral().isPresent() ? " ephemeral " + ephemeral : "");
  }
}

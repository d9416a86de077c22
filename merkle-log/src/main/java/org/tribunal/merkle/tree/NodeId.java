package org.tribunal.merkle.tree;

/**
 * The position of a perfect subtree in the log's Merkle tree: {@code level} 0 is a leaf, and the
 * node {@code (level, index)} covers the leaves {@code [index·2^level, (index+1)·2^level)}.
 *
 * <p>Such a node never changes once all its leaves exist, which is what makes tiles and caching
 * work (RFC 9162 §2.1.1, C2SP tlog-tiles). {@code index} is an unsigned 64-bit integer; a node
 * must lie inside the leaf range {@code [0, 2^64)}, so levels run from 0 to 63. Immutable.
 *
 * @param level height above the leaves, 0 to 63
 * @param index unsigned position among the nodes of that level
 */
public record NodeId(int level, long index) {

  /** The highest level a node of a tree with at most {@code 2^64 − 1} leaves can have. */
  public static final int MAX_LEVEL = 63;

  /**
   * Checks that the node lies inside the leaf range {@code [0, 2^64)}.
   *
   * @throws IllegalArgumentException if {@code level} is outside 0..63 or the node would cover
   *     leaves beyond {@code 2^64 − 1}
   */
  public NodeId {
    if (level < 0 || level > MAX_LEVEL) {
      throw new IllegalArgumentException("node level must be 0.." + MAX_LEVEL + ", got " + level);
    }
    if (level > 0 && (index >>> (64 - level)) != 0) {
      throw new IllegalArgumentException(
          "node index " + Long.toUnsignedString(index) + " is too large for level " + level);
    }
  }

  /**
   * Returns the leaf at the given unsigned index.
   *
   * @param index the leaf index
   * @return the node {@code (0, index)}
   */
  public static NodeId leaf(long index) {
    return new NodeId(0, index);
  }

  /**
   * Returns the node one level up that covers this one.
   *
   * @return the parent
   * @throws IllegalStateException if this node is at level 63, whose parent would cover 2^64 leaves
   */
  public NodeId parent() {
    if (level == MAX_LEVEL) {
      throw new IllegalStateException("a node at level " + MAX_LEVEL + " has no parent");
    }
    return new NodeId(level + 1, index >>> 1);
  }

  /**
   * Returns the other child of this node's parent.
   *
   * @return the sibling, to the left if {@code index} is odd and to the right otherwise
   */
  public NodeId sibling() {
    return new NodeId(level, index ^ 1);
  }

  /**
   * Returns whether this node is the right child of its parent.
   *
   * @return {@code true} if {@code index} is odd
   */
  public boolean isRightChild() {
    return (index & 1) == 1;
  }

  /**
   * Returns the left child.
   *
   * @return the node {@code (level − 1, 2·index)}
   * @throws IllegalStateException if this node is a leaf
   */
  public NodeId leftChild() {
    if (level == 0) {
      throw new IllegalStateException("a leaf has no children");
    }
    return new NodeId(level - 1, index << 1);
  }

  /**
   * Returns the right child.
   *
   * @return the node {@code (level − 1, 2·index + 1)}
   * @throws IllegalStateException if this node is a leaf
   */
  public NodeId rightChild() {
    return leftChild().sibling();
  }

  /**
   * Returns the index of the first leaf this node covers.
   *
   * @return {@code index·2^level}, unsigned
   */
  public long firstLeaf() {
    return index << level;
  }

  /**
   * Returns the index of the last leaf this node covers (inclusive, so that the node ending at
   * leaf {@code 2^64 − 1} is representable).
   *
   * @return {@code (index+1)·2^level − 1}, unsigned
   */
  public long lastLeaf() {
    return ((index + 1) << level) - 1;
  }

  /**
   * Returns how many leaves this node covers.
   *
   * @return {@code 2^level}, unsigned (level 63 gives {@link Long#MIN_VALUE}, i.e. 2^63)
   */
  public long leafCount() {
    return 1L << level;
  }

  /**
   * Returns whether this node covers the given leaf.
   *
   * @param leaf an unsigned leaf index
   * @return {@code true} if {@code firstLeaf() ≤ leaf ≤ lastLeaf()}
   */
  public boolean covers(long leaf) {
    return (leaf >>> level) == index;
  }

  /** Returns {@code (level, index)} with the index unsigned. */
  @Override
  public String toString() {
    return "(" + level + ", " + Long.toUnsignedString(index) + ")";
  }
}

package org.tribunal.merkle.tree;

import org.tribunal.merkle.hash.Hash;

/**
 * Receives the nodes a {@link CompactRange} creates, so that the caller decides what to keep (for
 * example the nodes that go into tiles) instead of the range storing them.
 */
@FunctionalInterface
public interface NodeVisitor {

  /** A visitor that keeps nothing. */
  NodeVisitor NONE = (id, hash) -> {};

  /**
   * Called once for each node whose hash has just been computed or appended.
   *
   * @param id the node's position
   * @param hash its hash
   */
  void visit(NodeId id, Hash hash);
}

package org.tribunal.merkle.tree;

import java.io.IOException;
import org.tribunal.merkle.hash.Hash;

/**
 * Gives the hash of any perfect subtree of one tree: a list in memory, a database, or tiles.
 *
 * <p>Proof generation and compact-range construction ask a source only for nodes that lie
 * entirely inside the tree they work on.
 */
@FunctionalInterface
public interface NodeHashSource {

  /**
   * Returns the hash of the perfect subtree at {@code id}.
   *
   * @param id a node whose leaves all exist in the tree
   * @return its hash
   * @throws IOException if the hash cannot be read; a stored tile or hash that is corrupt is also
   *     reported this way, with the parse failure as the cause
   */
  Hash hash(NodeId id) throws IOException;
}

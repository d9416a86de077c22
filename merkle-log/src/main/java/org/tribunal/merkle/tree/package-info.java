/**
 * The shape of the log's Merkle tree: {@link org.tribunal.merkle.tree.NodeId} names a perfect
 * subtree, {@link org.tribunal.merkle.tree.CompactRange} holds the few hashes needed to grow a tree
 * and compute its root, and {@link org.tribunal.merkle.tree.NodeHashSource} is how callers supply
 * stored hashes. No I/O happens here.
 */
package org.tribunal.merkle.tree;

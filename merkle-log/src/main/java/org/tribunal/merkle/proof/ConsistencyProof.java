package org.tribunal.merkle.proof;

import java.io.IOException;
import java.util.List;
import org.tribunal.merkle.InvalidProofException;
import org.tribunal.merkle.RootMismatchException;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.tree.NodeHashSource;

/**
 * An RFC 9162 §2.1.4 consistency proof: the hashes showing that the tree of {@code oldSize} is a
 * prefix of the tree of {@code newSize}, i.e. that the log only appended.
 *
 * <p>The proof is empty when {@code oldSize == 0} (the empty tree is a prefix of every tree, as
 * C2SP tlog-witness requires) and when {@code oldSize == newSize}. Sizes are unsigned 64-bit
 * integers. Immutable.
 *
 * @param oldSize the unsigned smaller tree size
 * @param newSize the unsigned larger tree size
 * @param hashes the proof hashes; copied
 */
public record ConsistencyProof(long oldSize, long newSize, List<Hash> hashes) {

  /**
   * Copies the hashes.
   *
   * @throws NullPointerException if {@code hashes} or one of its elements is null
   */
  public ConsistencyProof {
    hashes = List.copyOf(hashes);
  }

  /**
   * Builds the consistency proof from {@code oldSize} to {@code newSize} from stored node hashes.
   *
   * @param oldSize the unsigned smaller size
   * @param newSize the unsigned larger size
   * @param source the hashes of the tree's perfect subtrees (any tree of at least {@code newSize})
   * @return the proof; empty when {@code oldSize} is 0 or equals {@code newSize}
   * @throws IOException if the source fails
   * @throws IllegalArgumentException if {@code oldSize > newSize}
   */
  public static ConsistencyProof generate(long oldSize, long newSize, NodeHashSource source)
      throws IOException {
    ProofNodes nodes = ProofNodes.consistency(oldSize, newSize);
    return new ConsistencyProof(
        oldSize, newSize, nodes.rehash(InclusionProof.fetch(nodes, source)));
  }

  /**
   * Checks that the tree with {@code oldRoot} is a prefix of the tree with {@code newRoot}.
   *
   * @param oldRoot the trusted root of the tree of {@code oldSize}
   * @param newRoot the claimed root of the tree of {@code newSize}
   * @throws InvalidProofException if the sizes go backwards or the proof has the wrong length
   * @throws RootMismatchException if the proof leads to another old or new root
   */
  public void verify(Hash oldRoot, Hash newRoot)
      throws InvalidProofException, RootMismatchException {
    ProofVerifier.verifyConsistency(oldSize, newSize, oldRoot, newRoot, hashes);
  }
}

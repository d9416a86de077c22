package org.tribunal.merkle.proof;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tribunal.merkle.InvalidProofException;
import org.tribunal.merkle.RootMismatchException;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.tree.NodeHashSource;
import org.tribunal.merkle.tree.NodeId;

/**
 * An RFC 9162 §2.1.3 inclusion proof (audit path): the hashes that lead from the leaf at {@code
 * index} to the root of the tree of {@code size}, leaf sibling first.
 *
 * <p>A proof received from elsewhere is only a claim: nothing here checks that it is right until
 * {@link #verify(Hash, Hash)} is called. {@code index} and {@code size} are unsigned 64-bit
 * integers. Immutable.
 *
 * @param index the unsigned leaf index
 * @param size the unsigned tree size
 * @param hashes the proof hashes, leaf side first; copied
 */
public record InclusionProof(long index, long size, List<Hash> hashes) {

  /**
   * Copies the hashes.
   *
   * @throws NullPointerException if {@code hashes} or one of its elements is null
   */
  public InclusionProof {
    hashes = List.copyOf(hashes);
  }

  /**
   * Builds the inclusion proof for leaf {@code index} in the tree of {@code size} from stored
   * node hashes.
   *
   * @param index the unsigned leaf index, below {@code size}
   * @param size the unsigned tree size
   * @param source the hashes of the tree's perfect subtrees (any tree of at least {@code size})
   * @return the proof
   * @throws IOException if the source fails
   * @throws IllegalArgumentException if {@code index ≥ size}
   */
  public static InclusionProof generate(long index, long size, NodeHashSource source)
      throws IOException {
    ProofNodes nodes = ProofNodes.inclusion(index, size);
    return new InclusionProof(index, size, nodes.rehash(fetch(nodes, source)));
  }

  /**
   * Checks that this proof leads from {@code leafHash} to {@code root}.
   *
   * @param leafHash the RFC 6962 leaf hash of the entry
   * @param root the trusted root of the tree of {@code size}, from a verified checkpoint
   * @throws InvalidProofException if {@code index ≥ size} or the proof has the wrong length
   * @throws RootMismatchException if the proof leads to another root
   */
  public void verify(Hash leafHash, Hash root) throws InvalidProofException, RootMismatchException {
    ProofVerifier.verifyInclusion(index, size, leafHash, hashes, root);
  }

  static List<Hash> fetch(ProofNodes nodes, NodeHashSource source) throws IOException {
    List<Hash> hashes = new ArrayList<>(nodes.ids().size());
    for (NodeId id : nodes.ids()) {
      hashes.add(Objects.requireNonNull(source.hash(id), "source returned no hash"));
    }
    return hashes;
  }
}

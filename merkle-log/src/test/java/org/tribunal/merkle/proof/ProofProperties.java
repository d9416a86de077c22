package org.tribunal.merkle.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.reference.PerfectNodes;
import org.tribunal.merkle.tree.CompactRange;

/**
 * For random tree sizes up to 10^5, every generated proof verifies, and every single-bit change of
 * a proof hash, the root(s), the index or a size makes verification fail.
 *
 * <p>A changed size is checked against the root a checkpoint of that size would carry (when the
 * changed size lies inside the test tree): an inclusion proof binds the size only through the
 * root, which a checkpoint signs together with the size.
 */
class ProofProperties {

  private static final int MAX_SIZE = 100_000;
  // 2^17 leaves: every size reached by flipping one of bits 0..16 of a size up to 10^5 has a real
  // root here; flipping a higher bit changes the proof's shape, so the original root is used.
  private static final int TREE_SIZE = 1 << 17;
  private static final List<Hash> LEAVES = PerfectNodes.leafHashes(TREE_SIZE);
  private static final PerfectNodes TREE = new PerfectNodes(LEAVES);

  record IndexInTree(long index, long size) {}

  record TwoSizes(long oldSize, long newSize) {}

  @Provide
  Arbitrary<IndexInTree> indexInTree() {
    return Arbitraries.longs()
        .between(1, MAX_SIZE)
        .flatMap(size -> Arbitraries.longs().between(0, size - 1).map(i -> new IndexInTree(i, size)));
  }

  @Provide
  Arbitrary<TwoSizes> twoSizes() {
    return Combinators.combine(
            Arbitraries.longs().between(1, MAX_SIZE), Arbitraries.longs().between(1, MAX_SIZE))
        .as((a, b) -> new TwoSizes(Math.min(a, b), Math.max(a, b)));
  }

  @FunctionalInterface
  interface Verification {
    void run() throws VerificationException;
  }

  /** Plain try/catch rather than AssertJ: this runs ~10^4 times per try. */
  static void fails(Verification verification, String description, Object... args) {
    try {
      verification.run();
    } catch (VerificationException expected) {
      return;
    }
    throw new AssertionError("verified although changed: " + String.format(description, args));
  }

  static Hash root(long size) throws Exception {
    return CompactRange.fromSource(0, size, TREE).root();
  }

  static boolean inTree(long size) {
    return Long.compareUnsigned(size, TREE_SIZE) <= 0;
  }

  @Property(tries = 20)
  void everyInclusionProofVerifiesAndEveryBitFlipFails(@ForAll("indexInTree") IndexInTree t)
      throws Exception {
    long index = t.index();
    long size = t.size();
    Hash leaf = LEAVES.get((int) index);
    Hash root = root(size);
    InclusionProof proof = InclusionProof.generate(index, size, TREE);
    assertThat(proof.hashes()).hasSize(ProofNodes.inclusion(index, size).proofLength());
    assertThatCode(() -> proof.verify(leaf, root)).doesNotThrowAnyException();

    for (int bit = 0; bit < 256; bit++) {
      Hash flippedRoot = ProofMutationTests.flip(root, bit);
      Hash flippedLeaf = ProofMutationTests.flip(leaf, bit);
      fails(() -> proof.verify(leaf, flippedRoot), "root bit %d", bit);
      fails(() -> proof.verify(flippedLeaf, root), "leaf bit %d", bit);
      for (int element = 0; element < proof.hashes().size(); element++) {
        InclusionProof flipped =
            new InclusionProof(index, size, ProofMutationTests.flip(proof.hashes(), element, bit));
        fails(() -> flipped.verify(leaf, root), "element %d bit %d", element, bit);
      }
    }
    for (int bit = 0; bit < 64; bit++) {
      long otherIndex = index ^ (1L << bit);
      fails(() -> new InclusionProof(otherIndex, size, proof.hashes()).verify(leaf, root), "index bit %d", bit);
      long otherSize = size ^ (1L << bit);
      Hash otherRoot = inTree(otherSize) ? root(otherSize) : root;
      fails(() -> new InclusionProof(index, otherSize, proof.hashes()).verify(leaf, otherRoot), "size bit %d", bit);
    }
  }

  @Property(tries = 10)
  void everyConsistencyProofVerifiesAndEveryBitFlipFails(@ForAll("twoSizes") TwoSizes t)
      throws Exception {
    long oldSize = t.oldSize();
    long newSize = t.newSize();
    Hash oldRoot = root(oldSize);
    Hash newRoot = root(newSize);
    ConsistencyProof proof = ConsistencyProof.generate(oldSize, newSize, TREE);
    assertThat(proof.hashes()).hasSize(ProofNodes.consistency(oldSize, newSize).proofLength());
    assertThatCode(() -> proof.verify(oldRoot, newRoot)).doesNotThrowAnyException();

    for (int bit = 0; bit < 256; bit++) {
      Hash flippedOld = ProofMutationTests.flip(oldRoot, bit);
      Hash flippedNew = ProofMutationTests.flip(newRoot, bit);
      fails(() -> proof.verify(flippedOld, newRoot), "old root bit %d", bit);
      fails(() -> proof.verify(oldRoot, flippedNew), "new root bit %d", bit);
      for (int element = 0; element < proof.hashes().size(); element++) {
        ConsistencyProof flipped =
            new ConsistencyProof(oldSize, newSize, ProofMutationTests.flip(proof.hashes(), element, bit));
        fails(() -> flipped.verify(oldRoot, newRoot), "element %d bit %d", element, bit);
      }
    }
    for (int bit = 0; bit < 64; bit++) {
      long otherOld = oldSize ^ (1L << bit);
      if (otherOld == 0) {
        continue; // the empty tree is a prefix of every tree: a true claim, not a forgery
      }
      Hash otherOldRoot = inTree(otherOld) ? root(otherOld) : oldRoot;
      fails(() -> new ConsistencyProof(otherOld, newSize, proof.hashes()).verify(otherOldRoot, newRoot), "old size bit %d", bit);
      long otherNew = newSize ^ (1L << bit);
      Hash otherNewRoot = inTree(otherNew) ? root(otherNew) : newRoot;
      fails(() -> new ConsistencyProof(oldSize, otherNew, proof.hashes()).verify(oldRoot, otherNewRoot), "new size bit %d", bit);
    }
  }
}

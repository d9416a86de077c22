package org.tribunal.merkle.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribunal.merkle.InvalidProofException;
import org.tribunal.merkle.RootMismatchException;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.reference.PerfectNodes;
import org.tribunal.merkle.reference.ReferenceTree;

/**
 * Mutated proofs, named like transparency-dev/merkle {@code testdata}: each case applies one
 * mutation to the proof of every index and size (every pair of sizes) up to {@value #MAX}, and
 * expects the happy path to verify and each mutation to fail with the named exception type.
 */
class ProofMutationTests {

  private static final int MAX = 32;
  private static final List<Hash> LEAVES = PerfectNodes.leafHashes(2 * MAX + 1);
  private static final ReferenceTree TREE = new ReferenceTree(LEAVES);
  private static final Hash GARBAGE = Hash.ofHex("ab".repeat(32));

  record Inclusion(long index, long size, Hash leaf, List<Hash> proof, Hash root) {
    Inclusion withProof(List<Hash> other) {
      return new Inclusion(index, size, leaf, other, root);
    }

    void verify() throws VerificationException {
      ProofVerifier.verifyInclusion(index, size, leaf, proof, root);
    }
  }

  record Consistency(long oldSize, long newSize, Hash oldRoot, Hash newRoot, List<Hash> proof) {
    Consistency withProof(List<Hash> other) {
      return new Consistency(oldSize, newSize, oldRoot, newRoot, other);
    }

    void verify() throws VerificationException {
      ProofVerifier.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof);
    }
  }

  /** A mutation; returning null means it does not apply to that proof (e.g. an empty one). */
  record InclusionCase(String name, UnaryOperator<Inclusion> mutation, Class<? extends Throwable> failure) {
    @Override
    public String toString() {
      return name;
    }
  }

  record ConsistencyCase(String name, UnaryOperator<Consistency> mutation, Class<? extends Throwable> failure) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<InclusionCase> inclusionCases() {
    return Stream.of(
        new InclusionCase("happy-path", c -> c, null),
        new InclusionCase("wrong-leaf", c -> new Inclusion(c.index, c.size, LEAVES.get(2 * MAX), c.proof, c.root), RootMismatchException.class),
        new InclusionCase("wrong-root", c -> new Inclusion(c.index, c.size, c.leaf, c.proof, TREE.root((int) c.size - 1)), RootMismatchException.class),
        new InclusionCase("leafIndex-plus-1", c -> new Inclusion(c.index + 1, c.size, c.leaf, c.proof, c.root), VerificationException.class),
        new InclusionCase("leafIndex-xor-2", c -> new Inclusion(c.index ^ 2, c.size, c.leaf, c.proof, c.root), VerificationException.class),
        new InclusionCase("leafIndex-equals-treeSize", c -> new Inclusion(c.size, c.size, c.leaf, c.proof, c.root), InvalidProofException.class),
        new InclusionCase("treeSize-mul-@2", c -> new Inclusion(c.index, c.size * 2, c.leaf, c.proof, c.root), VerificationException.class),
        new InclusionCase("treeSize-zero", c -> new Inclusion(c.index, 0, c.leaf, c.proof, c.root), InvalidProofException.class),
        new InclusionCase("trailing-garbage", c -> c.withProof(append(c.proof, GARBAGE)), InvalidProofException.class),
        new InclusionCase("prepended-garbage", c -> c.withProof(prepend(c.proof, GARBAGE)), InvalidProofException.class),
        new InclusionCase("truncated-proof", c -> c.proof.isEmpty() ? null : c.withProof(c.proof.subList(0, c.proof.size() - 1)), InvalidProofException.class),
        new InclusionCase("modified-proof[0]-bit-@3", c -> c.proof.isEmpty() ? null : c.withProof(flip(c.proof, 0, 3)), RootMismatchException.class),
        new InclusionCase("modified-proof[last]-bit-@255", c -> c.proof.isEmpty() ? null : c.withProof(flip(c.proof, c.proof.size() - 1, 255)), RootMismatchException.class),
        new InclusionCase("swapped-proof[0]-and-[1]", c -> c.proof.size() < 2 ? null : c.withProof(swap(c.proof)), RootMismatchException.class));
  }

  static Stream<ConsistencyCase> consistencyCases() {
    return Stream.of(
        new ConsistencyCase("happy-path", c -> c, null),
        new ConsistencyCase("swapped-roots", c -> c.oldSize == c.newSize ? null : new Consistency(c.oldSize, c.newSize, c.newRoot, c.oldRoot, c.proof), VerificationException.class),
        new ConsistencyCase("trailing-garbage", c -> c.withProof(append(c.proof, GARBAGE)), InvalidProofException.class),
        new ConsistencyCase("prepended-garbage", c -> c.withProof(prepend(c.proof, GARBAGE)), VerificationException.class),
        new ConsistencyCase("wrong-new-root", c -> new Consistency(c.oldSize, c.newSize, c.oldRoot, TREE.root((int) c.newSize + 1), c.proof), RootMismatchException.class),
        new ConsistencyCase("wrong-old-root", c -> new Consistency(c.oldSize, c.newSize, TREE.root((int) c.oldSize - 1), c.newRoot, c.proof), RootMismatchException.class),
        new ConsistencyCase("size1-larger-than-size2", c -> new Consistency(c.newSize + 1, c.newSize, c.oldRoot, c.newRoot, c.proof), InvalidProofException.class),
        new ConsistencyCase("size1-zero", c -> new Consistency(0, c.newSize, c.oldRoot, c.newRoot, c.proof), VerificationException.class),
        new ConsistencyCase("size2-mul-@2", c -> new Consistency(c.oldSize, c.newSize * 2, c.oldRoot, c.newRoot, c.proof), VerificationException.class),
        new ConsistencyCase("truncated-proof", c -> c.proof.isEmpty() ? null : c.withProof(c.proof.subList(0, c.proof.size() - 1)), InvalidProofException.class),
        new ConsistencyCase("empty-proof", c -> c.proof.isEmpty() ? null : c.withProof(List.of()), InvalidProofException.class),
        new ConsistencyCase("modified-proof[0]-bit-@7", c -> c.proof.isEmpty() ? null : c.withProof(flip(c.proof, 0, 7)), RootMismatchException.class),
        new ConsistencyCase("modified-proof[last]-bit-@200", c -> c.proof.isEmpty() ? null : c.withProof(flip(c.proof, c.proof.size() - 1, 200)), RootMismatchException.class));
  }

  @ParameterizedTest(name = "inclusion: {0}")
  @MethodSource("inclusionCases")
  void inclusionVerifiesOnlyWhenUnmodified(InclusionCase mutation) {
    int checked = 0;
    for (int size = 1; size <= MAX; size++) {
      for (int index = 0; index < size; index++) {
        Inclusion good = new Inclusion(index, size, LEAVES.get(index), TREE.path(index, size), TREE.root(size));
        Inclusion mutated = mutation.mutation().apply(good);
        if (mutated != null) {
          expect(mutated::verify, mutation.failure(), "index " + index + " size " + size);
          checked++;
        }
      }
    }
    assertThat(checked).isPositive();
  }

  @ParameterizedTest(name = "consistency: {0}")
  @MethodSource("consistencyCases")
  void consistencyVerifiesOnlyWhenUnmodified(ConsistencyCase mutation) {
    int checked = 0;
    for (int newSize = 1; newSize <= MAX; newSize++) {
      for (int oldSize = 1; oldSize <= newSize; oldSize++) {
        Consistency good = new Consistency(oldSize, newSize, TREE.root(oldSize), TREE.root(newSize),
            TREE.consistency(oldSize, newSize));
        Consistency mutated = mutation.mutation().apply(good);
        if (mutated != null) {
          expect(mutated::verify, mutation.failure(), "sizes " + oldSize + "," + newSize);
          checked++;
        }
      }
    }
    assertThat(checked).isPositive();
  }

  interface Verification {
    void run() throws VerificationException;
  }

  private static void expect(Verification verification, Class<? extends Throwable> failure, String where) {
    try {
      verification.run();
    } catch (VerificationException e) {
      if (failure == null || !failure.isInstance(e)) {
        throw new AssertionError(where + ": expected " + (failure == null ? "success" : failure.getSimpleName()) + " but got " + e, e);
      }
      return;
    }
    if (failure != null) {
      throw new AssertionError(where + ": verified, expected " + failure.getSimpleName());
    }
  }

  static List<Hash> append(List<Hash> proof, Hash extra) {
    List<Hash> out = new ArrayList<>(proof);
    out.add(extra);
    return out;
  }

  static List<Hash> prepend(List<Hash> proof, Hash extra) {
    List<Hash> out = new ArrayList<>();
    out.add(extra);
    out.addAll(proof);
    return out;
  }

  static List<Hash> swap(List<Hash> proof) {
    List<Hash> out = new ArrayList<>(proof);
    out.set(0, proof.get(1));
    out.set(1, proof.get(0));
    return out;
  }

  static List<Hash> flip(List<Hash> proof, int element, int bit) {
    List<Hash> out = new ArrayList<>(proof);
    out.set(element, flip(proof.get(element), bit));
    return out;
  }

  static Hash flip(Hash hash, int bit) {
    byte[] bytes = hash.toByteArray();
    bytes[bit / 8] ^= (byte) (1 << (bit % 8));
    return Hash.of(bytes);
  }
}

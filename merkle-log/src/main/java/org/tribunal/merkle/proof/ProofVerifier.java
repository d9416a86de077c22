package org.tribunal.merkle.proof;

import java.util.List;
import java.util.Objects;
import org.tribunal.merkle.InvalidProofException;
import org.tribunal.merkle.RootMismatchException;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;

/**
 * Verifies inclusion proofs (RFC 9162 §2.1.3.2) and consistency proofs (§2.1.4.2).
 *
 * <p>The proof length is checked against the length the index and sizes require before any hashing,
 * so a truncated proof or one with trailing hashes is rejected as {@link InvalidProofException}; a
 * proof of the right shape that leads elsewhere is a {@link RootMismatchException}. Sizes and
 * indexes are unsigned 64-bit integers. Stateless and thread-safe; the algorithm follows
 * transparency-dev/merkle {@code proof/verify.go}.
 */
public final class ProofVerifier {

  private ProofVerifier() {}

  /**
   * Checks that {@code proof} leads from {@code leafHash} at {@code index} to {@code root}.
   *
   * @param index the unsigned leaf index
   * @param size the unsigned tree size
   * @param leafHash the RFC 6962 leaf hash of the entry
   * @param proof the audit path, leaf sibling first
   * @param root the trusted root of the tree of {@code size}
   * @throws InvalidProofException if {@code index ≥ size} (so also if {@code size == 0}) or the
   *     proof does not have exactly the length the index and size require
   * @throws RootMismatchException if the proof leads to another root
   */
  public static void verifyInclusion(
      long index, long size, Hash leafHash, List<Hash> proof, Hash root)
      throws InvalidProofException, RootMismatchException {
    Objects.requireNonNull(root, "root");
    Hash calculated = rootFromInclusionProof(index, size, leafHash, proof);
    if (!calculated.equals(root)) {
      throw new RootMismatchException(
          "inclusion proof for index " + Long.toUnsignedString(index) + " in tree size "
              + Long.toUnsignedString(size),
          root,
          calculated);
    }
  }

  /**
   * Returns the root that {@code proof} leads to from {@code leafHash} at {@code index}.
   *
   * @param index the unsigned leaf index
   * @param size the unsigned tree size
   * @param leafHash the RFC 6962 leaf hash of the entry
   * @param proof the audit path, leaf sibling first
   * @return the calculated root, which the caller must compare with a trusted one
   * @throws InvalidProofException if {@code index ≥ size} or the proof has the wrong length
   */
  public static Hash rootFromInclusionProof(long index, long size, Hash leafHash, List<Hash> proof)
      throws InvalidProofException {
    Objects.requireNonNull(leafHash, "leafHash");
    Objects.requireNonNull(proof, "proof");
    if (Long.compareUnsigned(index, size) >= 0) {
      throw new InvalidProofException(
          "index " + Long.toUnsignedString(index) + " is not below tree size "
              + Long.toUnsignedString(size));
    }
    int inner = innerProofSize(index, size);
    int border = inner == 64 ? 0 : Long.bitCount(index >>> inner);
    if (proof.size() != inner + border) {
      throw new InvalidProofException(
          "inclusion proof for index " + Long.toUnsignedString(index) + " in tree size "
              + Long.toUnsignedString(size) + " has " + proof.size() + " hashes, expected "
              + (inner + border));
    }
    Hash hash = chainInner(leafHash, proof, 0, inner, index);
    return chainBorderRight(hash, proof, inner, proof.size());
  }

  /**
   * Checks that the tree of {@code oldSize} with {@code oldRoot} is a prefix of the tree of {@code
   * newSize} with {@code newRoot}.
   *
   * <p>Edge cases: equal sizes need an empty proof and equal roots; {@code oldSize == 0} needs an
   * empty proof and {@code oldRoot} equal to {@link Rfc6962#emptyRoot()}.
   *
   * @param oldSize the unsigned smaller size
   * @param newSize the unsigned larger size
   * @param oldRoot the root of the tree of {@code oldSize}
   * @param newRoot the root of the tree of {@code newSize}
   * @param proof the consistency proof
   * @throws InvalidProofException if {@code oldSize > newSize}, or the proof does not have exactly
   *     the length the sizes require
   * @throws RootMismatchException if the proof leads to another old or new root, or equal sizes
   *     have different roots
   */
  public static void verifyConsistency(
      long oldSize, long newSize, Hash oldRoot, Hash newRoot, List<Hash> proof)
      throws InvalidProofException, RootMismatchException {
    Objects.requireNonNull(oldRoot, "oldRoot");
    Objects.requireNonNull(newRoot, "newRoot");
    Objects.requireNonNull(proof, "proof");
    String context =
        "consistency proof from tree size " + Long.toUnsignedString(oldSize) + " to "
            + Long.toUnsignedString(newSize);
    if (Long.compareUnsigned(oldSize, newSize) > 0) {
      throw new InvalidProofException(context + ": the old size is larger than the new size");
    }
    if (oldSize == newSize) {
      requireEmpty(context, proof);
      if (!oldRoot.equals(newRoot)) {
        throw new RootMismatchException(context + " (equal sizes)", oldRoot, newRoot);
      }
      return;
    }
    if (oldSize == 0) {
      requireEmpty(context, proof);
      if (!oldRoot.equals(Rfc6962.emptyRoot())) {
        throw new RootMismatchException(context + " (old tree is empty)", Rfc6962.emptyRoot(), oldRoot);
      }
      return;
    }
    if (proof.isEmpty()) {
      throw new InvalidProofException(context + " is empty");
    }
    int inner = innerProofSize(oldSize - 1, newSize);
    int border = inner == 64 ? 0 : Long.bitCount((oldSize - 1) >>> inner);
    int shift = Long.numberOfTrailingZeros(oldSize);
    inner -= shift; // shift < inner because oldSize < newSize

    // The proof starts with the root of the perfect subtree of size 2^shift that ends at oldSize,
    // unless oldSize is that very power of two and the verifier already knows it as oldRoot.
    Hash seed;
    int start;
    if (oldSize == 1L << shift) {
      seed = oldRoot;
      start = 0;
    } else {
      seed = proof.get(0);
      start = 1;
    }
    if (proof.size() != start + inner + border) {
      throw new InvalidProofException(
          context + " has " + proof.size() + " hashes, expected " + (start + inner + border));
    }
    long mask = (oldSize - 1) >>> shift;
    Hash oldCalculated = chainInnerRight(seed, proof, start, start + inner, mask);
    oldCalculated = chainBorderRight(oldCalculated, proof, start + inner, proof.size());
    if (!oldCalculated.equals(oldRoot)) {
      throw new RootMismatchException(context + " (old root)", oldRoot, oldCalculated);
    }
    Hash newCalculated = chainInner(seed, proof, start, start + inner, mask);
    newCalculated = chainBorderRight(newCalculated, proof, start + inner, proof.size());
    if (!newCalculated.equals(newRoot)) {
      throw new RootMismatchException(context + " (new root)", newRoot, newCalculated);
    }
  }

  private static void requireEmpty(String context, List<Hash> proof) throws InvalidProofException {
    if (!proof.isEmpty()) {
      throw new InvalidProofException(
          context + " must be empty, has " + proof.size() + " hashes");
    }
  }

  /**
   * Number of proof hashes below the level where the paths to index and size−1 meet; 64 when they
   * differ in bit 63 (then {@code x >>> 64} would be {@code x} in Java, so callers special-case it).
   */
  private static int innerProofSize(long index, long size) {
    return 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
  }

  private static Hash chainInner(Hash seed, List<Hash> proof, int from, int to, long index) {
    for (int i = from; i < to; i++) {
      Hash h = proof.get(i);
      seed = ((index >>> (i - from)) & 1) == 0 ? Rfc6962.nodeHash(seed, h) : Rfc6962.nodeHash(h, seed);
    }
    return seed;
  }

  private static Hash chainInnerRight(Hash seed, List<Hash> proof, int from, int to, long index) {
    for (int i = from; i < to; i++) {
      if (((index >>> (i - from)) & 1) == 1) {
        seed = Rfc6962.nodeHash(proof.get(i), seed);
      }
    }
    return seed;
  }

  private static Hash chainBorderRight(Hash seed, List<Hash> proof, int from, int to) {
    for (int i = from; i < to; i++) {
      seed = Rfc6962.nodeHash(proof.get(i), seed);
    }
    return seed;
  }
}

package org.tribunal.merkle.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The RFC 6962 / RFC 9162 §2.1.1 Merkle tree hash functions: SHA-256 with a one-byte domain
 * separation prefix, {@code 0x00} for leaves and {@code 0x01} for interior nodes.
 *
 * <p>The prefixes are the second-preimage defence: a leaf can never be mistaken for a node. Never
 * hash raw data as a node or accept a 32-byte "leaf" as a node.
 *
 * <p>Thread-safe: each thread reuses its own {@link MessageDigest} and a small scratch buffer, so
 * hashing allocates only the 32-byte result. Small inputs are copied behind their prefix and fed to
 * the digest in one call, which measured faster than a separate one-byte update.
 */
public final class Rfc6962 {

  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;

  /** Inputs up to this size are copied behind their prefix and hashed in one update call. */
  private static final int SCRATCH_SIZE = 1024;

  /** One digest and one scratch buffer per thread, fetched with a single lookup. */
  private static final class Hasher {
    final MessageDigest digest = newDigest();
    final byte[] scratch = new byte[1 + SCRATCH_SIZE];
  }

  private static final ThreadLocal<Hasher> HASHER = ThreadLocal.withInitial(Hasher::new);

  private static final Hash EMPTY_ROOT = Hash.wrap(newDigest().digest());

  private Rfc6962() {}

  /**
   * Returns the root of the empty tree, {@code SHA-256("")} = {@code e3b0c442…7852b855}.
   *
   * @return the empty root
   */
  public static Hash emptyRoot() {
    return EMPTY_ROOT;
  }

  /**
   * Returns the leaf hash {@code SHA-256(0x00 ‖ entry)} of a log entry.
   *
   * @param entry the entry bytes, possibly empty; not modified
   * @return the leaf hash
   */
  public static Hash leafHash(byte[] entry) {
    return leafHash(entry, 0, entry.length);
  }

  /**
   * Returns the leaf hash of {@code length} bytes of {@code buffer} from {@code offset}.
   *
   * @param buffer the bytes holding the entry; not modified
   * @param offset where the entry starts
   * @param length how many bytes it has
   * @return the leaf hash
   * @throws IndexOutOfBoundsException if the range lies outside {@code buffer}
   */
  public static Hash leafHash(byte[] buffer, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    Hasher hasher = HASHER.get();
    MessageDigest digest = hasher.digest;
    if (length <= SCRATCH_SIZE) {
      byte[] scratch = hasher.scratch;
      scratch[0] = LEAF_PREFIX;
      System.arraycopy(buffer, offset, scratch, 1, length);
      digest.update(scratch, 0, 1 + length);
    } else {
      digest.update(LEAF_PREFIX);
      digest.update(buffer, offset, length);
    }
    return Hash.wrap(digest.digest());
  }

  /**
   * Returns the interior node hash {@code SHA-256(0x01 ‖ left ‖ right)}.
   *
   * @param left the left child's hash
   * @param right the right child's hash
   * @return the parent's hash
   */
  public static Hash nodeHash(Hash left, Hash right) {
    Hasher hasher = HASHER.get();
    byte[] scratch = hasher.scratch;
    scratch[0] = NODE_PREFIX;
    System.arraycopy(left.bytes(), 0, scratch, 1, Hash.SIZE);
    System.arraycopy(right.bytes(), 0, scratch, 1 + Hash.SIZE, Hash.SIZE);
    hasher.digest.update(scratch, 0, 1 + 2 * Hash.SIZE);
    return Hash.wrap(hasher.digest.digest());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}

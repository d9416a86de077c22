package org.tribunal.merkle.hash;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A SHA-256 digest: exactly 32 bytes, immutable.
 *
 * <p>The bytes are copied in and out, so a {@code Hash} can be shared freely between threads.
 */
public final class Hash implements Comparable<Hash> {

  /** The length of a SHA-256 digest in bytes. */
  public static final int SIZE = 32;

  private final byte[] bytes;

  private Hash(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Returns a hash holding a copy of the given bytes.
   *
   * @param bytes exactly 32 bytes
   * @return the hash
   * @throws IllegalArgumentException if {@code bytes} is not 32 bytes long
   */
  public static Hash of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException("a hash is 32 bytes, got " + bytes.length);
    }
    return new Hash(bytes.clone());
  }

  /**
   * Returns the hash held in {@code SIZE} bytes of {@code buffer} from {@code offset}.
   *
   * @param buffer the bytes to copy from
   * @param offset where the hash starts
   * @return the hash
   * @throws IndexOutOfBoundsException if fewer than 32 bytes follow {@code offset}
   */
  public static Hash of(byte[] buffer, int offset) {
    Objects.checkFromIndexSize(offset, SIZE, buffer.length);
    return new Hash(Arrays.copyOfRange(buffer, offset, offset + SIZE));
  }

  /**
   * Parses 64 hexadecimal digits.
   *
   * @param hex the digits, upper or lower case
   * @return the hash
   * @throws IllegalArgumentException if {@code hex} is not 64 hexadecimal digits
   */
  public static Hash ofHex(String hex) {
    if (hex.length() != 2 * SIZE) {
      throw new IllegalArgumentException("a hash is 64 hex digits, got " + hex.length());
    }
    return new Hash(HexFormat.of().parseHex(hex));
  }

  /** Wraps {@code bytes} without copying; the caller gives up the array. */
  static Hash wrap(byte[] bytes) {
    return new Hash(bytes);
  }

  /** Returns the backing array itself, for hashing without a copy; callers must not modify it. */
  byte[] bytes() {
    return bytes;
  }

  /**
   * Returns a copy of the 32 bytes.
   *
   * @return a new array each call
   */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /**
   * Copies the 32 bytes into {@code target} at {@code offset}.
   *
   * @param target where to copy
   * @param offset where in {@code target}
   */
  public void copyTo(byte[] target, int offset) {
    System.arraycopy(bytes, 0, target, offset, SIZE);
  }

  /**
   * Returns the hash in lower-case hexadecimal.
   *
   * @return 64 hex digits
   */
  public String toHex() {
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * Returns the hash in standard base64 with padding, as checkpoints carry it.
   *
   * @return 44 characters
   */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Hash h && Arrays.equals(bytes, h.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public int compareTo(Hash other) {
    return Arrays.compareUnsigned(bytes, other.bytes);
  }

  /** Returns the hexadecimal form. */
  @Override
  public String toString() {
    return toHex();
  }
}

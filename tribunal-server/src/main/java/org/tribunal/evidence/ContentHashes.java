package org.tribunal.evidence;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What identifies a file's bytes: SHA-256 and SHA-512 (lower-case hex) and the length.
 *
 * @param sha256 64 lower-case hex digits
 * @param sha512 128 lower-case hex digits
 * @param size the number of bytes
 */
public record ContentHashes(String sha256, String sha512, long size) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern SHA512 = Pattern.compile("[0-9a-f]{128}");

  /**
   * Checks the form of the hashes.
   *
   * @throws IllegalArgumentException if a hash is not lower-case hex of its length or the size is negative
   */
  public ContentHashes {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(sha512, "sha512");
    if (!SHA256.matcher(sha256).matches() || !SHA512.matcher(sha512).matches() || size < 0) {
      throw new IllegalArgumentException("malformed content hashes");
    }
  }

  /** Whether {@code text} is a SHA-256 in lower-case hex. */
  public static boolean isSha256(String text) {
    return SHA256.matcher(text).matches();
  }
}

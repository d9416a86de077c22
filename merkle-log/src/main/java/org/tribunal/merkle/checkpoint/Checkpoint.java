package org.tribunal.merkle.checkpoint;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.hash.Hash;

/**
 * The body of a checkpoint (c2sp.org/tlog-checkpoint, v1.0.0): origin, tree size and root hash, then
 * optional extension lines.
 *
 * <pre>
 * example.com/log
 * 8
 * XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=
 * </pre>
 *
 * <p>The size is an unsigned 64-bit integer held in a {@code long}: compare it with {@link
 * Long#compareUnsigned(long, long)} and print it with {@link Long#toUnsignedString(long)}. Every
 * checkpoint has exactly one text form: decimal without leading zeros, canonical padded base64.
 * Immutable and thread-safe.
 *
 * @param origin the log's identity, non-empty, no newline; by convention a schemeless URL
 * @param size the number of leaves, unsigned
 * @param root the RFC 6962 root hash of the first {@code size} leaves
 * @param extensions opaque extension lines, each non-empty without newline; usually none
 */
public record Checkpoint(String origin, long size, Hash root, List<String> extensions) {

  /**
   * Checks the components and copies the extension lines.
   *
   * @throws IllegalArgumentException if the origin or an extension line is empty or holds a control
   *     character
   */
  public Checkpoint {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(root, "root");
    extensions = List.copyOf(extensions);
    lineProblem(origin, "origin").ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    for (String extension : extensions) {
      lineProblem(extension, "extension line").ifPresent(problem -> {
        throw new IllegalArgumentException(problem);
      });
    }
  }

  /**
   * Creates a checkpoint without extension lines.
   *
   * @param origin the log's identity
   * @param size the tree size, unsigned
   * @param root the root hash
   * @return the checkpoint
   * @throws IllegalArgumentException if the origin is empty or holds a control character
   */
  public static Checkpoint of(String origin, long size, Hash root) {
    return new Checkpoint(origin, size, root, List.of());
  }

  /**
   * Parses a checkpoint text, the text of its signed note.
   *
   * @param text the text, each line ending in a newline
   * @return the checkpoint
   * @throws MalformedInputException naming the line at fault: fewer than three lines, an empty
   *     origin or extension line, a size that is not decimal without leading zeros or exceeds
   *     2^64&minus;1, a root that is not the canonical base64 of 32 bytes, or a text not ending in a
   *     newline
   */
  public static Checkpoint parse(String text) throws MalformedInputException {
    if (text.isEmpty() || text.charAt(text.length() - 1) != '\n') {
      throw new MalformedInputException("checkpoint text does not end with a newline");
    }
    List<String> lines = List.of(text.substring(0, text.length() - 1).split("\n", -1));
    if (lines.size() < 3) {
      throw new MalformedInputException(
          "checkpoint has " + lines.size() + " lines; it needs origin, size and root hash");
    }
    for (int i = 0; i < lines.size(); i++) {
      var problem = lineProblem(lines.get(i), i == 0 ? "origin" : i == 1 ? "size" : i == 2 ? "root hash" : "extension line");
      if (problem.isPresent()) {
        throw new MalformedInputException("checkpoint line " + (i + 1) + ": " + problem.get());
      }
    }
    long size = parseSize(lines.get(1));
    Hash root = parseRoot(lines.get(2));
    return new Checkpoint(lines.get(0), size, root, new ArrayList<>(lines.subList(3, lines.size())));
  }

  /**
   * Returns the checkpoint text, the message a log signs.
   *
   * @return origin, size, root and extension lines, each ending in a newline
   */
  public String format() {
    StringBuilder out = new StringBuilder(origin.length() + 80);
    out.append(origin).append('\n');
    out.append(Long.toUnsignedString(size)).append('\n');
    out.append(root.toBase64()).append('\n');
    for (String extension : extensions) {
      out.append(extension).append('\n');
    }
    return out.toString();
  }

  /**
   * Returns the size as an unsigned decimal string.
   *
   * @return the size as printed in the checkpoint
   */
  public String sizeString() {
    return Long.toUnsignedString(size);
  }

  private static long parseSize(String line) throws MalformedInputException {
    if (line.length() > 20 || !line.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new MalformedInputException(
          "checkpoint line 2: size is not an unsigned decimal number: \"" + abbreviate(line) + "\"");
    }
    if (line.length() > 1 && line.charAt(0) == '0') {
      throw new MalformedInputException("checkpoint line 2: size has a leading zero");
    }
    try {
      return Long.parseUnsignedLong(line);
    } catch (NumberFormatException e) {
      throw new MalformedInputException("checkpoint line 2: size exceeds 2^64-1", e);
    }
  }

  private static Hash parseRoot(String line) throws MalformedInputException {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(line);
    } catch (IllegalArgumentException e) {
      throw new MalformedInputException("checkpoint line 3: root hash is not base64", e);
    }
    if (bytes.length != Hash.SIZE) {
      throw new MalformedInputException(
          "checkpoint line 3: root hash is " + bytes.length + " bytes, not 32");
    }
    Hash root = Hash.of(bytes);
    if (!root.toBase64().equals(line)) {
      throw new MalformedInputException("checkpoint line 3: root hash is not canonical base64");
    }
    return root;
  }

  private static java.util.Optional<String> lineProblem(String line, String what) {
    if (line.isEmpty()) {
      return java.util.Optional.of(what + " is empty");
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return java.util.Optional.of(String.format("%s holds control character U+%04X", what, (int) c));
      }
    }
    return java.util.Optional.empty();
  }

  private static String abbreviate(String s) {
    return s.length() <= 24 ? s : s.substring(0, 24) + "...";
  }
}

package org.tribunal.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.tree.CompactRange;

/**
 * What {@code audit} remembers between runs: the origin, the size and root of the last tree it
 * verified, and the right edge of that tree (the hashes of its compact range, one per one-bit of
 * the size, highest level first), so that the next run needs only the new entries.
 *
 * <p>The file is text, one field per line:
 *
 * <pre>
 * tribunal-verify audit state v1
 * origin tribunal.example/log
 * size 300
 * root &lt;base64&gt;
 * edge &lt;base64&gt;          (one line per compact-range node)
 * </pre>
 *
 * @param origin the log's origin
 * @param size the unsigned size of the verified tree
 * @param root its root
 * @param edge the hashes of {@link CompactRange#nodes(long, long) nodes(0, size)}
 */
record AuditState(String origin, long size, Hash root, List<Hash> edge) {

  static final String HEADER = "tribunal-verify audit state v1";

  AuditState {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(root, "root");
    edge = List.copyOf(edge);
  }

  /** The state before anything was verified: the empty tree. */
  static AuditState empty(String origin) {
    return new AuditState(origin, 0, Rfc6962.emptyRoot(), List.of());
  }

  /** The state of a verified tree whose compact range is {@code range}. */
  static AuditState of(String origin, CompactRange range) {
    return new AuditState(origin, range.end(), range.root(), range.hashes());
  }

  /** Returns the compact range {@code [0, size)} this state records. */
  CompactRange range() {
    return CompactRange.of(0, size, edge);
  }

  /**
   * Reads the state file, or returns the empty state for {@code origin} if there is none yet.
   *
   * @throws CheckFailed if the file cannot be read, is malformed, is for another log, or its edge
   *     does not give its root
   */
  static AuditState load(Path file, String origin) throws CheckFailed {
    if (!Files.exists(file)) {
      return empty(origin);
    }
    AuditState state = parse(Inputs.read(file), file);
    if (!state.origin.equals(origin)) {
      throw new CheckFailed("state file " + file + " is for log \"" + state.origin
          + "\", not \"" + origin + "\"");
    }
    return state;
  }

  static AuditState parse(String text, Path file) throws CheckFailed {
    List<String> lines = text.lines().toList();
    if (lines.size() < 4 || !lines.get(0).equals(HEADER)) {
      throw bad(file, "does not start with \"" + HEADER + "\" and origin, size and root lines");
    }
    String origin = field(lines.get(1), "origin", file);
    long size;
    try {
      size = Long.parseUnsignedLong(field(lines.get(2), "size", file));
    } catch (NumberFormatException e) {
      throw bad(file, "size is not an unsigned decimal number");
    }
    Hash root = hash(field(lines.get(3), "root", file), file);
    List<Hash> edge = new ArrayList<>();
    for (String line : lines.subList(4, lines.size())) {
      edge.add(hash(field(line, "edge", file), file));
    }
    if (edge.size() != Long.bitCount(size)) {
      throw bad(file, "a tree of size " + Long.toUnsignedString(size) + " has "
          + Long.bitCount(size) + " edge hashes, the file has " + edge.size());
    }
    AuditState state = new AuditState(origin, size, root, edge);
    if (!state.range().root().equals(root)) {
      throw bad(file, "its edge hashes do not give its root");
    }
    return state;
  }

  String format() {
    StringBuilder out = new StringBuilder(HEADER).append('\n')
        .append("origin ").append(origin).append('\n')
        .append("size ").append(Long.toUnsignedString(size)).append('\n')
        .append("root ").append(root.toBase64()).append('\n');
    edge.forEach(h -> out.append("edge ").append(h.toBase64()).append('\n'));
    return out.toString();
  }

  /**
   * Writes the state to {@code file} atomically: a temporary file in the same directory, then a
   * rename over the old one, so a crash leaves either the old state or the new one.
   *
   * @throws CheckFailed if it cannot be written
   */
  void save(Path file) throws CheckFailed {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      Files.writeString(temp, format(), StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new CheckFailed("cannot write state file " + file + ": " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The write already failed and is being reported; a stray temp file is the lesser problem.
      temp.toFile().deleteOnExit();
    }
  }

  private static String field(String line, String name, Path file) throws CheckFailed {
    if (!line.startsWith(name + " ") || line.length() == name.length() + 1) {
      throw bad(file, "expected a \"" + name + " …\" line, got \"" + abbreviate(line) + "\"");
    }
    return line.substring(name.length() + 1);
  }

  private static Hash hash(String base64, Path file) throws CheckFailed {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw bad(file, "\"" + abbreviate(base64) + "\" is not base64");
    }
    if (bytes.length != Hash.SIZE) {
      throw bad(file, "\"" + abbreviate(base64) + "\" is not a 32-byte hash");
    }
    return Hash.of(bytes);
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }

  private static CheckFailed bad(Path file, String why) {
    return new CheckFailed("state file " + file + " is not a valid audit state: " + why);
  }
}

package org.tribunal.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.tribunal.evidence.ContentHashes;

/**
 * A local directory where incoming bytes are written while SHA-256 and SHA-512 are taken, one chunk
 * at a time, before a store keeps them. Both stores use it: the file-system store moves a staged file
 * into place, the S3 store uploads it. Thread-safe: every staged file has its own random name.
 */
final class StagingArea {

  /** Read and hash in chunks of this size; the only buffer per upload. */
  static final int CHUNK = 1 << 20;

  private static final HexFormat HEX = HexFormat.of();

  private final Path dir;

  /**
   * Opens (and creates) the staging directory, removing staged files a crash left behind.
   *
   * @throws UncheckedIOException if the directory cannot be created or cleaned
   */
  StagingArea(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.dir);
      try (DirectoryStream<Path> stale = Files.newDirectoryStream(this.dir, "*.part")) {
        for (Path p : stale) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the evidence staging area at " + this.dir, e);
    }
  }

  /** The staging directory. */
  Path dir() {
    return dir;
  }

  /** A fresh, unused path in the staging directory. */
  Path newPart() {
    return dir.resolve(UUID.randomUUID() + ".part");
  }

  /** See {@link EvidenceStore#stage(InputStream, long)}. */
  StagedFile stage(InputStream content, long maxBytes) throws IOException {
    Path temp = newPart();
    MessageDigest sha256 = digest("SHA-256");
    MessageDigest sha512 = digest("SHA-512");
    long total = 0;
    boolean done = false;
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      byte[] buffer = new byte[CHUNK];
      ByteBuffer wrapped = ByteBuffer.wrap(buffer);
      while (true) {
        int n;
        try {
          n = readChunk(content, buffer);
        } catch (IOException e) {
          throw StagingFailedException.broken(total, e);
        }
        if (n <= 0) {
          break;
        }
        total += n;
        if (total > maxBytes) {
          throw StagingFailedException.tooLarge(maxBytes);
        }
        sha256.update(buffer, 0, n);
        sha512.update(buffer, 0, n);
        wrapped.clear().limit(n);
        while (wrapped.hasRemaining()) {
          out.write(wrapped);
        }
      }
      out.force(false);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
    return new StagedFile(temp.getFileName().toString(),
        new ContentHashes(HEX.formatHex(sha256.digest()), HEX.formatHex(sha512.digest()), total));
  }

  /**
   * The local file holding staged bytes.
   *
   * @throws IllegalArgumentException if the handle is not one this area hands out
   */
  Path pathOf(StagedFile staged) {
    if (!staged.handle().matches("[0-9a-f-]{36}\\.part")) {
      throw new IllegalArgumentException("not a staged file of this store: " + staged.handle());
    }
    return dir.resolve(staged.handle());
  }

  /** Drops staged bytes; does nothing if they are gone already. */
  void discard(StagedFile staged) {
    try {
      Files.deleteIfExists(pathOf(staged));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code in} to its end (without closing it) and returns its hashes and size. */
  static ContentHashes hash(InputStream in) throws IOException {
    MessageDigest d256 = digest("SHA-256");
    MessageDigest d512 = digest("SHA-512");
    long total = 0;
    byte[] buffer = new byte[CHUNK];
    int n;
    while ((n = readChunk(in, buffer)) > 0) {
      d256.update(buffer, 0, n);
      d512.update(buffer, 0, n);
      total += n;
    }
    return new ContentHashes(HEX.formatHex(d256.digest()), HEX.formatHex(d512.digest()), total);
  }

  /** Fills {@code buffer} as far as the stream allows; returns the count, or -1 at the end. */
  private static int readChunk(InputStream in, byte[] buffer) throws IOException {
    int filled = 0;
    while (filled < buffer.length) {
      int n = in.read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        return filled == 0 ? -1 : filled;
      }
      filled += n;
    }
    return filled;
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }
}

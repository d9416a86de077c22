package org.tribunal.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.tribunal.evidence.ContentHashes;

/**
 * {@link EvidenceStore} on a local (or mounted) file system:
 * {@code <root>/sha256/ab/cd/<sha256>} for the bytes, {@code <root>/sha256/ab/cd/<sha256>.<name>}
 * for sidecars, {@code <root>/incoming/} for staging. A kept file is moved into place atomically (so
 * a crash never leaves half a file under a hash) and made read-only.
 */
public final class FileSystemEvidenceStore implements EvidenceStore {

  /** Read and hash in chunks of this size; the only buffer per upload. */
  static final int CHUNK = 1 << 20;

  private static final HexFormat HEX = HexFormat.of();

  private final Path root;
  private final Path incoming;

  /**
   * Opens (and creates) a store rooted at {@code root}, removing staged files a crash left behind.
   *
   * @throws UncheckedIOException if the directories cannot be created
   */
  public FileSystemEvidenceStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.incoming = this.root.resolve("incoming");
    try {
      Files.createDirectories(incoming);
      Files.createDirectories(this.root.resolve("sha256"));
      try (DirectoryStream<Path> stale = Files.newDirectoryStream(incoming, "*.part")) {
        for (Path p : stale) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the evidence store at " + this.root, e);
    }
  }

  /** The store's root directory. */
  public Path root() {
    return root;
  }

  @Override
  public StagedFile stage(InputStream content, long maxBytes) throws IOException {
    Path temp = incoming.resolve(UUID.randomUUID() + ".part");
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

  @Override
  public boolean keep(StagedFile staged) throws IOException {
    Path temp = staged(staged);
    Path target = pathOf(staged.hashes().sha256());
    if (Files.exists(target)) {
      Files.deleteIfExists(temp);
      return false;
    }
    Files.createDirectories(target.getParent());
    readOnly(temp);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(temp);
      return false;
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the evidence store's staging area must be on the same file system as its files", e);
    }
    return true;
  }

  @Override
  public void discard(StagedFile staged) {
    try {
      Files.deleteIfExists(staged(staged));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean contains(String sha256) {
    return Files.isRegularFile(pathOf(sha256));
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    return Files.newInputStream(pathOf(sha256));
  }

  @Override
  public Optional<ContentHashes> rehash(String sha256) throws IOException {
    Path file = pathOf(sha256);
    MessageDigest d256 = digest("SHA-256");
    MessageDigest d512 = digest("SHA-512");
    long total = 0;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[CHUNK];
      int n;
      while ((n = readChunk(in, buffer)) > 0) {
        d256.update(buffer, 0, n);
        d512.update(buffer, 0, n);
        total += n;
      }
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    return Optional.of(new ContentHashes(HEX.formatHex(d256.digest()), HEX.formatHex(d512.digest()), total));
  }

  @Override
  public Optional<Path> localPath(String sha256) {
    Path file = pathOf(sha256);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  @Override
  public void writeSidecar(String sha256, String name, byte[] content) throws IOException {
    if (!name.matches("[a-z0-9-]+\\.[a-z]+")) {
      throw new IllegalArgumentException("sidecar names look like 'metadata.json', got " + name);
    }
    Path target = pathOf(sha256).resolveSibling(sha256 + "." + name);
    Files.createDirectories(target.getParent());
    Path temp = incoming.resolve(UUID.randomUUID() + ".part");
    Files.write(temp, content, StandardOpenOption.CREATE_NEW);
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void delete(String sha256) throws IOException {
    Path file = pathOf(sha256);
    try (DirectoryStream<Path> sidecars = Files.newDirectoryStream(file.getParent(), sha256 + ".*")) {
      for (Path sidecar : sidecars) {
        Files.deleteIfExists(sidecar);
      }
    } catch (NoSuchFileException e) {
      return;
    }
    Files.deleteIfExists(file);
  }

  /** {@code <root>/sha256/ab/cd/<sha256>}. */
  Path pathOf(String sha256) {
    if (!ContentHashes.isSha256(sha256)) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  private Path staged(StagedFile staged) {
    if (!staged.handle().matches("[0-9a-f-]{36}\\.part")) {
      throw new IllegalArgumentException("not a staged file of this store: " + staged.handle());
    }
    return incoming.resolve(staged.handle());
  }

  private static void readOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
    } catch (UnsupportedOperationException e) {
      if (!file.toFile().setReadOnly()) {
        throw new IOException("cannot make " + file + " read-only", e);
      }
    }
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }
}

package org.tribunal.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.tribunal.evidence.ContentHashes;

/**
 * {@link EvidenceStore} on a local (or mounted) file system:
 * {@code <root>/sha256/ab/cd/<sha256>} for the bytes, {@code <root>/sha256/ab/cd/<sha256>.<name>}
 * for sidecars, {@code <root>/incoming/} for staging. A kept file is moved into place atomically (so
 * a crash never leaves half a file under a hash) and made read-only.
 */
public final class FileSystemEvidenceStore implements EvidenceStore {

  /** Read and hash in chunks of this size; the only buffer per upload. */
  static final int CHUNK = StagingArea.CHUNK;

  private final Path root;
  private final StagingArea staging;

  /**
   * Opens (and creates) a store rooted at {@code root}, removing staged files a crash left behind.
   *
   * @throws UncheckedIOException if the directories cannot be created
   */
  public FileSystemEvidenceStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.staging = new StagingArea(this.root.resolve("incoming"));
    try {
      Files.createDirectories(this.root.resolve("sha256"));
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
    return staging.stage(content, maxBytes);
  }

  @Override
  public boolean keep(StagedFile staged) throws IOException {
    Path temp = staging.pathOf(staged);
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
    staging.discard(staged);
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
    try (InputStream in = Files.newInputStream(pathOf(sha256))) {
      return Optional.of(StagingArea.hash(in));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
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
    Path temp = staging.newPart();
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

  private static void readOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
    } catch (UnsupportedOperationException e) {
      if (!file.toFile().setReadOnly()) {
        throw new IOException("cannot make " + file + " read-only", e);
      }
    }
  }
}

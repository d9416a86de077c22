package org.tribunal.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.tribunal.evidence.ContentHashes;

/**
 * Content-addressed storage of evidence bytes. A file is staged while it streams in (hashed on the
 * way, never held in memory), then kept under its SHA-256, after which it is read-only: nothing in
 * this interface changes a kept file, and only {@link #delete} (destruction with authority) removes
 * one. Sidecar files (extracted metadata) live beside a kept file, never inside it.
 *
 * <p>Implementations are thread-safe. Keeping the same bytes twice keeps one file.
 */
public interface EvidenceStore {

  /**
   * Streams {@code content} into a staging area, computing SHA-256 and SHA-512 on the way.
   *
   * @param content the bytes; read to its end, not closed
   * @param maxBytes the most bytes accepted
   * @return the staged bytes and their hashes
   * @throws StagingFailedException if the stream breaks or exceeds {@code maxBytes}; nothing is left behind
   * @throws IOException if the store cannot write
   */
  StagedFile stage(InputStream content, long maxBytes) throws IOException;

  /**
   * Keeps staged bytes under their SHA-256. If that content is already kept, the staged copy is
   * dropped and the kept file stays untouched.
   *
   * @return whether a new file was kept (false: the content was there already)
   * @throws IOException if the bytes cannot be moved into place
   */
  boolean keep(StagedFile staged) throws IOException;

  /** Drops staged bytes; does nothing if they are gone already. */
  void discard(StagedFile staged);

  /** Whether bytes with this SHA-256 are kept. */
  boolean contains(String sha256);

  /**
   * Opens kept bytes for reading.
   *
   * @throws java.nio.file.NoSuchFileException if nothing is kept under {@code sha256}
   */
  InputStream open(String sha256) throws IOException;

  /**
   * Reads kept bytes again and hashes them.
   *
   * @return the hashes, or empty if the file is missing
   */
  Optional<ContentHashes> rehash(String sha256) throws IOException;

  /** A local path to kept bytes, for parsers that need random access; empty for remote stores or missing files. */
  Optional<Path> localPath(String sha256);

  /** Writes (or replaces) a sidecar file {@code name} beside the kept bytes {@code sha256}. */
  void writeSidecar(String sha256, String name, byte[] content) throws IOException;

  /** Deletes kept bytes and their sidecars (destruction with authority); does nothing if missing. */
  void delete(String sha256) throws IOException;
}

package org.tribunal.merkle.tile;

import java.io.IOException;

/**
 * Reads the tiles and entry bundles a log has already written: from a directory, an object store,
 * a database or over HTTP. The library never writes; it only tells the caller what to write.
 *
 * <p>A reader that stores bytes parses them with {@link HashTile#parse(byte[])} or {@link
 * EntryBundle#parse(byte[])} and reports a stored resource that does not parse as an {@link
 * IOException} whose cause is the {@link org.tribunal.merkle.MalformedInputException}.
 */
public interface TileReader {

  /**
   * Returns the hash tile {@code id}.
   *
   * @param id the tile, with the width it has in the tree being read
   * @return a tile of at least {@code id.width()} hashes (returning the full tile when a partial
   *     one was asked for is allowed; the extra hashes are ignored)
   * @throws IOException if the tile is missing ({@link java.nio.file.NoSuchFileException} is
   *     customary) or cannot be read
   */
  HashTile readTile(TileId id) throws IOException;

  /**
   * Returns the entry bundle {@code id}.
   *
   * @param id the bundle, with the width it has in the tree being read
   * @return a bundle of at least {@code id.width()} entries
   * @throws IOException if the bundle is missing or cannot be read
   */
  EntryBundle readEntryBundle(EntryBundleId id) throws IOException;
}

package org.tribunal.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.integrate.Integration;
import org.tribunal.merkle.integrate.Integrator;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.tile.EntryBundle;
import org.tribunal.merkle.tile.EntryBundleId;
import org.tribunal.merkle.tile.HashTile;
import org.tribunal.merkle.tile.TileId;
import org.tribunal.merkle.tile.TilePath;
import org.tribunal.merkle.tile.TileReader;

/**
 * A tiled log on disk for the audit tests: entries go through merkle-log's {@link Integrator}, and
 * its tiles and bundles are written in the C2SP tlog-tiles layout, partial ones under their
 * {@code .p/W} paths, next to a {@code checkpoint} signed by {@link #key}.
 */
final class TiledLog implements TileReader {

  final Path dir;
  final NoteSigner key;
  private long size;
  private Hash root = Rfc6962.emptyRoot();

  TiledLog(Path dir, NoteSigner key) {
    this.dir = dir;
    this.key = key;
  }

  long size() {
    return size;
  }

  Hash root() {
    return root;
  }

  static byte[] entry(long index) {
    return ("decision " + index).getBytes(StandardCharsets.UTF_8);
  }

  /** Appends entries {@code size() .. size()+count−1} made by {@link #entry(long)}. */
  TiledLog grow(int count) {
    List<byte[]> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      entries.add(entry(size + i));
    }
    return append(entries);
  }

  TiledLog append(List<byte[]> entries) {
    try {
      Integration integration = Integrator.appendEntries(size, entries, this);
      for (var tile : integration.tiles().entrySet()) {
        write(TilePath.format(tile.getKey()), tile.getValue().toByteArray());
      }
      for (var bundle : integration.entryBundles().entrySet()) {
        write(TilePath.format(bundle.getKey()), bundle.getValue().toByteArray());
      }
      size = integration.newSize();
      root = integration.root();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  SignedCheckpoint checkpoint() {
    return SignedCheckpoint.sign(Checkpoint.of(key.name(), size, root), key);
  }

  /** Writes the checkpoint of the current tree. */
  TiledLog publish() {
    return publish(checkpoint());
  }

  TiledLog publish(SignedCheckpoint checkpoint) {
    write("checkpoint", checkpoint.format().getBytes(StandardCharsets.UTF_8));
    return this;
  }

  Path file(String path) {
    return dir.resolve(path);
  }

  /** Flips one bit of byte {@code offset} of the stored resource. */
  void flip(String path, int offset) throws IOException {
    byte[] bytes = Files.readAllBytes(file(path));
    bytes[offset] ^= 1;
    Files.write(file(path), bytes);
  }

  void write(String path, byte[] bytes) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public HashTile readTile(TileId id) throws IOException {
    try {
      return HashTile.parse(Files.readAllBytes(file(TilePath.format(id))));
    } catch (MalformedInputException e) {
      throw new IOException(e);
    }
  }

  @Override
  public EntryBundle readEntryBundle(EntryBundleId id) throws IOException {
    Path file = file(TilePath.format(id));
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    try {
      return EntryBundle.parse(Files.readAllBytes(file));
    } catch (MalformedInputException e) {
      throw new IOException(e);
    }
  }
}

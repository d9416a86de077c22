package org.tribunal.record;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.tile.EntryBundle;
import org.tribunal.merkle.tile.EntryBundleId;
import org.tribunal.merkle.tile.HashTile;
import org.tribunal.merkle.tile.TileId;
import org.tribunal.merkle.tile.TilePath;
import org.tribunal.merkle.tile.TileReader;
import org.tribunal.merkle.tree.CompactRange;

/** Reads a running server's log over HTTP, as an outside client would (test support). */
public final class HttpLog implements TileReader {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public HttpLog(String base) {
    this.base = base;
  }

  public HttpResponse<byte[]> get(String path) throws IOException {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  public String text(String path) throws IOException {
    HttpResponse<byte[]> response = get(path);
    if (response.statusCode() != 200) {
      throw new IOException(path + " answered " + response.statusCode());
    }
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  public SignedCheckpoint checkpoint() throws IOException, MalformedInputException {
    return SignedCheckpoint.parse(text("/log/checkpoint"));
  }

  @Override
  public HashTile readTile(TileId id) throws IOException {
    HttpResponse<byte[]> r = get("/log/" + TilePath.format(id));
    if (r.statusCode() != 200) {
      throw new NoSuchFileException(TilePath.format(id) + " answered " + r.statusCode());
    }
    try {
      return HashTile.parse(r.body());
    } catch (MalformedInputException e) {
      throw new IOException(e);
    }
  }

  @Override
  public EntryBundle readEntryBundle(EntryBundleId id) throws IOException {
    HttpResponse<byte[]> r = get("/log/" + TilePath.format(id));
    if (r.statusCode() != 200) {
      throw new NoSuchFileException(TilePath.format(id) + " answered " + r.statusCode());
    }
    try {
      return EntryBundle.parse(r.body());
    } catch (MalformedInputException e) {
      throw new IOException(e);
    }
  }

  /**
   * Audits the whole log up to a verified checkpoint: every bundle's leaf hashes rebuild the tree,
   * whose root must be the checkpoint's, and every served level-0 tile must hold those leaf hashes.
   *
   * @return the verified checkpoint
   * @throws VerificationException if anything disagrees
   */
  public Checkpoint audit(NoteVerifier key) throws IOException, MalformedInputException, VerificationException {
    Checkpoint checkpoint = checkpoint().verify(key);
    long size = checkpoint.size();
    CompactRange range = CompactRange.empty(0);
    for (long bundle = 0; bundle * 256 < size; bundle++) {
      EntryBundle entries = readEntryBundle(EntryBundleId.inTree(bundle, size));
      HashTile tile = readTile(TileId.inTree(0, bundle, size));
      int width = (int) Math.min(256, size - bundle * 256);
      for (int i = 0; i < width; i++) {
        Hash leaf = entries.leafHash(i);
        if (!leaf.equals(tile.hash(i))) {
          throw new VerificationException("tile 0/" + bundle + " slot " + i + " is not the entry's leaf hash");
        }
        range.append(leaf, (id, h) -> {});
      }
    }
    if (!range.root().equals(checkpoint.root())) {
      throw new VerificationException("the entries' root " + range.root() + " is not the checkpoint's " + checkpoint.root());
    }
    return checkpoint;
  }
}

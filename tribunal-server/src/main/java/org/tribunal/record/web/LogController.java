package org.tribunal.record.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.tile.EntryBundleId;
import org.tribunal.merkle.tile.TileId;
import org.tribunal.merkle.tile.TilePath;
import org.tribunal.merkle.tile.TileResource;
import org.tribunal.record.checkpoint.CheckpointStore;
import org.tribunal.record.log.LogStore;

/**
 * The log as c2sp.org/tlog-tiles static resources: {@code /log/checkpoint}, {@code
 * /log/tile/<L>/<N>[.p/<W>]} and {@code /log/tile/entries/<N>[.p/<W>]}. Full tiles and bundles never
 * change and are cached for a year; partial ones and the checkpoint for seconds.
 */
@RestController
class LogController {

  static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
  static final CacheControl PARTIAL = CacheControl.maxAge(Duration.ofSeconds(10)).cachePublic();
  static final CacheControl CHECKPOINT = CacheControl.maxAge(Duration.ofSeconds(2)).cachePublic();
  static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

  private final LogStore store;
  private final CheckpointStore checkpoints;

  LogController(LogStore store, CheckpointStore checkpoints) {
    this.store = store;
    this.checkpoints = checkpoints;
  }

  @GetMapping("/log/checkpoint")
  @PreAuthorize("permitAll()")
  ResponseEntity<String> checkpoint() {
    return checkpoints.latestPublished()
        .map(c -> ResponseEntity.ok().cacheControl(CHECKPOINT).contentType(TEXT).body(c.note()))
        .orElseGet(() -> ResponseEntity.status(404).cacheControl(CacheControl.noStore()).contentType(TEXT)
            .body("no checkpoint published yet\n"));
  }

  @GetMapping("/log/tile/{*path}")
  @PreAuthorize("permitAll()")
  ResponseEntity<byte[]> tile(@PathVariable String path) {
    TileResource resource;
    try {
      resource = TilePath.parse("tile" + (path.startsWith("/") ? path : "/" + path));
    } catch (MalformedInputException e) {
      return ResponseEntity.notFound().build();
    }
    Optional<byte[]> bytes = resource instanceof EntryBundleId bundle
        ? store.bundle(bundle)
        : store.tile((TileId) resource);
    return bytes
        .map(b -> ResponseEntity.ok()
            .cacheControl(resource.isFull() ? IMMUTABLE : PARTIAL)
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .body(b))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}

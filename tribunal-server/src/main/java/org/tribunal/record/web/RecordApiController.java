package org.tribunal.record.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.record.LogReceipt;
import org.tribunal.record.RecordQueries;
import org.tribunal.record.RecordVersion;
import org.tribunal.record.checkpoint.CheckpointStore;
import org.tribunal.record.checkpoint.LogSigningKey;
import org.tribunal.record.checkpoint.StoredCheckpoint;
import org.tribunal.record.log.LogStore;
import org.tribunal.record.log.Sequencer;
import org.tribunal.record.log.TreeHead;
import org.tribunal.record.witness.WitnessRegistry;

/** The public record's JSON API: the log's key and state, proofs, receipts and entries. */
@RestController
@RequestMapping("/api/v1/record")
class RecordApiController {

  private final Receipts receipts;
  private final LogStore store;
  private final CheckpointStore checkpoints;
  private final LogSigningKey key;
  private final RecordQueries queries;
  private final WitnessRegistry witnesses;
  private final Sequencer sequencer;

  RecordApiController(Receipts receipts, LogStore store, CheckpointStore checkpoints, LogSigningKey key,
      RecordQueries queries, WitnessRegistry witnesses, Sequencer sequencer) {
    this.sequencer = sequencer;
    this.receipts = receipts;
    this.store = store;
    this.checkpoints = checkpoints;
    this.key = key;
    this.queries = queries;
    this.witnesses = witnesses;
  }

  /** The log's identity and state; {@code sequencing} says whether this instance is the sequencer. */
  record LogInfo(String origin, String verifierKey, long treeSize, String rootHash,
      @Nullable String checkpoint, int witnessQuorum, List<String> witnesses, boolean sequencing) {}

  @GetMapping("/log")
  @PreAuthorize("permitAll()")
  LogInfo log() {
    TreeHead head = store.head();
    return new LogInfo(key.origin(), key.verifier().verifierKey(), head.size(), head.root().toBase64(),
        checkpoints.latestPublished().map(StoredCheckpoint::note).orElse(null),
        witnesses.quorum(), witnesses.active().stream().map(w -> w.verifier().verifierKey()).toList(),
        sequencer.isLeader());
  }

  /** A proof: which sizes or index it is for and its hashes in base64, leaf side first. */
  record ProofBody(@Nullable Long index, @Nullable Long from, long size, List<String> hashes) {
    static List<String> base64(List<Hash> hashes) {
      return hashes.stream().map(Hash::toBase64).toList();
    }
  }

  @GetMapping("/proofs/inclusion")
  @PreAuthorize("permitAll()")
  ProofBody inclusion(@RequestParam long index, @RequestParam long size) {
    return new ProofBody(index, null, size, ProofBody.base64(receipts.inclusion(index, size)));
  }

  @GetMapping("/proofs/consistency")
  @PreAuthorize("permitAll()")
  ProofBody consistency(@RequestParam long from, @RequestParam long to) {
    return new ProofBody(null, from, to, ProofBody.base64(receipts.consistency(from, to)));
  }

  /** One version of a record with where to get its entry and receipt. */
  record VersionBody(int version, @Nullable Long logIndex, @Nullable String entry, @Nullable String receipt) {
    static VersionBody of(RecordVersion v) {
      String receipt = "/api/v1/record/receipts?type=" + v.type() + "&id=" + v.id() + "&version=" + v.version();
      return v.logIndex() == null
          ? new VersionBody(v.version(), null, null, null)
          : new VersionBody(v.version(), v.logIndex(), "/api/v1/record/entries/" + v.logIndex(), receipt);
    }
  }

  @GetMapping("/entries")
  @PreAuthorize("permitAll()")
  Map<String, Object> history(@RequestParam String type, @RequestParam String id) {
    return Map.of("type", type, "id", id,
        "items", queries.history(type, id).stream().map(VersionBody::of).toList());
  }

  @GetMapping(value = "/entries/{index}")
  @PreAuthorize("permitAll()")
  ResponseEntity<byte[]> entry(@PathVariable long index) {
    return ResponseEntity.ok()
        .cacheControl(LogController.IMMUTABLE)
        .contentType(MediaType.APPLICATION_JSON)
        .body(receipts.entry(index));
  }

  @GetMapping("/receipts")
  @PreAuthorize("permitAll()")
  ResponseEntity<String> receipt(@RequestParam String type, @RequestParam String id, @RequestParam int version) {
    long index = receipts.indexOf(type, id, version);
    String receipt = receipts.receipt(index).text();
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .contentType(LogController.TEXT)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(type + "-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + "-v" + version + LogReceipt.FILE_EXTENSION).build().toString())
        .body(receipt);
  }
}

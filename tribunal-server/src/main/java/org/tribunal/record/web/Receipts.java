package org.tribunal.record.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.proof.ConsistencyProof;
import org.tribunal.merkle.proof.InclusionProof;
import org.tribunal.merkle.receipt.Receipt;
import org.tribunal.record.RecordQueries;
import org.tribunal.record.checkpoint.CheckpointStore;
import org.tribunal.record.checkpoint.StoredCheckpoint;
import org.tribunal.record.log.LogStore;

/** Builds proofs from the stored tiles and receipts (c2sp.org/tlog-proof) for entries. */
@Service
class Receipts {

  private final LogStore store;
  private final CheckpointStore checkpoints;
  private final RecordQueries queries;

  Receipts(LogStore store, CheckpointStore checkpoints, RecordQueries queries) {
    this.store = store;
    this.checkpoints = checkpoints;
    this.queries = queries;
  }

  @Transactional(readOnly = true)
  List<Hash> inclusion(long index, long size) {
    long treeSize = store.head().size();
    if (index < 0 || size <= index) {
      throw ProofRequestException.indexNotBelowSize(index, size);
    }
    if (size > treeSize) {
      throw ProofRequestException.beyondTree(size, treeSize);
    }
    try {
      return InclusionProof.generate(index, size, store.nodes(size)).hashes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Transactional(readOnly = true)
  List<Hash> consistency(long from, long to) {
    long treeSize = store.head().size();
    if (from < 0 || to < from) {
      throw ProofRequestException.sizesOutOfOrder(from, to);
    }
    if (to > treeSize) {
      throw ProofRequestException.beyondTree(to, treeSize);
    }
    try {
      return ConsistencyProof.generate(from, to, store.nodes(to)).hashes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Transactional(readOnly = true)
  long indexOf(String type, String id, int version) {
    if (queries.history(type, id).stream().noneMatch(v -> v.version() == version)) {
      throw ProofRequestException.unknownEntry(type, id, version);
    }
    return queries.findIndex(type, id, version)
        .orElseThrow(() -> ProofRequestException.notYetSequenced(type, id, version));
  }

  /** Returns the receipt of an entry against the latest published checkpoint. */
  @Transactional(readOnly = true)
  Receipt receipt(long index) {
    StoredCheckpoint latest = checkpoints.latestPublished()
        .filter(c -> c.size() > index)
        .orElseThrow(() -> ProofRequestException.notYetPublished(index));
    try {
      return Receipt.of(index, inclusion(index, latest.size()), SignedCheckpoint.parse(latest.note()));
    } catch (MalformedInputException e) {
      throw new IllegalStateException("stored checkpoint " + latest.size() + " does not parse", e);
    }
  }

  @Transactional(readOnly = true)
  byte[] entry(long index) {
    return store.entry(index).orElseThrow(() -> ProofRequestException.unknownIndex(index));
  }
}

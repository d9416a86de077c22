package org.tribunal.record.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.proof.ConsistencyProof;
import org.tribunal.merkle.proof.InclusionProof;
import org.tribunal.record.LogReceipt;
import org.tribunal.record.RecordQueries;
import org.tribunal.record.RecordReceipts;
import org.tribunal.record.log.LogStore;

/** Builds proofs from the stored tiles and receipts (c2sp.org/tlog-proof) for entries. */
@Service
class Receipts {

  private final LogStore store;
  private final RecordQueries queries;
  private final RecordReceipts receipts;

  Receipts(LogStore store, RecordQueries queries, RecordReceipts receipts) {
    this.store = store;
    this.queries = queries;
    this.receipts = receipts;
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
  LogReceipt receipt(long index) {
    return receipts.findReceipt(index).orElseThrow(() -> ProofRequestException.notYetPublished(index));
  }

  @Transactional(readOnly = true)
  byte[] entry(long index) {
    return store.entry(index).orElseThrow(() -> ProofRequestException.unknownIndex(index));
  }
}

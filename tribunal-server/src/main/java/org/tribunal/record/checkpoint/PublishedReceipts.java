package org.tribunal.record.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.proof.InclusionProof;
import org.tribunal.merkle.receipt.Receipt;
import org.tribunal.record.LogReceipt;
import org.tribunal.record.RecordQueries;
import org.tribunal.record.RecordReceipts;
import org.tribunal.record.log.LogStore;

/**
 * Answers {@link RecordReceipts}: an inclusion proof built from the stored tiles against the newest
 * published checkpoint, in the c2sp.org/tlog-proof format, carrying the logged entry in its extra line.
 * The receipt download serves the same text.
 */
@Service("recordReceipts")
class PublishedReceipts implements RecordReceipts {

  private final LogStore store;
  private final CheckpointStore checkpoints;
  private final RecordQueries queries;

  PublishedReceipts(LogStore store, CheckpointStore checkpoints, RecordQueries queries) {
    this.store = store;
    this.checkpoints = checkpoints;
    this.queries = queries;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<LogReceipt> findReceipt(long logIndex) {
    if (logIndex < 0) {
      return Optional.empty();
    }
    return checkpoints.latestPublished().filter(c -> c.size() > logIndex).map(c -> receipt(logIndex, c));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<LogReceipt> findReceipt(String type, String id, int version) {
    var index = queries.findIndex(type, id, version);
    return index.isPresent() ? findReceipt(index.getAsLong()) : Optional.empty();
  }

  private LogReceipt receipt(long index, StoredCheckpoint checkpoint) {
    try {
      var proof = InclusionProof.generate(index, checkpoint.size(), store.nodes(checkpoint.size())).hashes();
      // The receipt carries the logged entry in its extra line, so that it verifies on its own.
      byte[] entry = store.entry(index)
          .orElseThrow(() -> new IllegalStateException("log entry " + index + " is below a checkpoint but not stored"));
      String text = new Receipt(entry, index, proof, SignedCheckpoint.parse(checkpoint.note())).format();
      return new LogReceipt(index, checkpoint.size(), text);
    } catch (MalformedInputException e) {
      throw new IllegalStateException("stored checkpoint " + checkpoint.size() + " does not parse", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tiles for a receipt of index " + index, e);
    }
  }
}

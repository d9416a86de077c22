package org.tribunal.record;

import java.util.Optional;

/**
 * Gives other modules offline receipts (c2sp.org/tlog-proof) for entries of the public record, for
 * example to put them inside an export next to the records they prove. Reads only; safe to call from
 * any transaction or none. Each receipt proves inclusion in the newest published checkpoint (one that
 * met the witness policy), so two calls may return receipts for different tree sizes; both verify.
 * Each receipt carries the logged entry (its canonical bytes) in its {@code extra} line, so that it
 * verifies on its own: {@code tribunal-verify verify-receipt --key <log key> receipt.tlog-proof}.
 *
 * <p>Signatures:
 *
 * <ul>
 *   <li>{@code Optional<LogReceipt> findReceipt(long logIndex)}
 *   <li>{@code Optional<LogReceipt> findReceipt(String type, String id, int version)}
 * </ul>
 *
 * An entry gets its log index when the sequencer integrates it (usually well under a second after its
 * transaction commits) and becomes provable once a checkpoint covering it is published (at most
 * {@code tribunal.record.checkpoint-interval} later, plus the witnesses' round trip). Until then the
 * methods return empty; callers that need the receipt now should retry later rather than fail.
 */
public interface RecordReceipts {

  /**
   * Returns the receipt of the entry at a log index.
   *
   * @param logIndex the entry's index in the log, e.g. from {@link RecordQueries#findIndex} or {@link
   *     RecordVersion#logIndex()}
   * @return the receipt against the newest published checkpoint; empty if the index is negative or no
   *     published checkpoint covers it yet (including an index beyond the log)
   */
  Optional<LogReceipt> findReceipt(long logIndex);

  /**
   * Returns the receipt of one version of a record, by the entry reference it was appended with.
   *
   * @param type the record type, e.g. {@code evidence.custody-event}
   * @param id the record's id
   * @param version the version
   * @return the receipt; empty if that version was never appended, is not yet sequenced, or no
   *     published checkpoint covers it yet
   */
  Optional<LogReceipt> findReceipt(String type, String id, int version);
}

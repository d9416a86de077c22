package org.tribunal.record;

/**
 * Appends changes to the public record. Each call must run inside the caller's transaction: the
 * entry is written to the log's outbox in that transaction and reaches the log only if it commits.
 *
 * <p>One change, one call. The pair (type, id, version) identifies an entry: appending it twice is
 * refused, so a retried transaction can never produce two entries for one change.
 */
public interface PublicRecord {

  /**
   * Appends a public change: its content goes into the log as it is.
   *
   * @param entry the change
   * @throws org.springframework.transaction.IllegalTransactionStateException if no transaction is active
   * @throws EntryRejectedException if the entry is a duplicate or its canonical form exceeds 64 KiB
   */
  void append(RecordEntry entry);

  /**
   * Appends a change whose content is not public: the log receives a salted SHA-256 commitment to
   * the canonical content instead of the content.
   *
   * @param entry the change; its {@code data} is the content to commit to
   * @return the salt (to keep with the record) and the commitment
   * @throws org.springframework.transaction.IllegalTransactionStateException if no transaction is active
   * @throws EntryRejectedException if the entry is a duplicate
   */
  Sealed appendSealed(RecordEntry entry);
}

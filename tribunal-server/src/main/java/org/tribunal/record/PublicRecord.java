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

  /**
   * Appends many public changes at once, in the caller's transaction, in the order given: the same
   * as calling {@link #append} for each, but written in few round trips (for bulk imports). A large
   * list is written in parts while another thread reads and encodes the next part, so the list may
   * build its entries lazily but must be safe to read from another thread and must not change
   * during the call.
   *
   * @param entries the changes; an empty list appends nothing
   * @throws org.springframework.transaction.IllegalTransactionStateException if no transaction is active
   * @throws EntryRejectedException if an entry is a duplicate (of an earlier one or of another in the
   *     list) or its canonical form exceeds 64 KiB; then none of them is appended
   */
  default void appendAll(java.util.List<RecordEntry> entries) {
    entries.forEach(this::append);
  }

  /**
   * Opens an append of many entries that are written while the caller's transaction goes on, and
   * committed with it (see {@link ConcurrentAppend}).
   *
   * @return the append, to close when the caller is done with it
   * @throws org.springframework.transaction.IllegalTransactionStateException if no transaction is active
   */
  ConcurrentAppend appendConcurrently();
}

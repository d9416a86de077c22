package org.tribunal.record;

/**
 * Entries appended while the caller's transaction is still at work, for bulk imports: they reach the
 * record if and only if that transaction commits, in the order they were added, and before anything the
 * transaction appends after {@link #finish()}.
 *
 * <p>Where the database allows it, the entries are encoded and written on a second connection while the
 * caller goes on (PostgreSQL two-phase commit ties that connection's transaction to the caller's), so
 * writing them takes no time of the caller's connection. Otherwise they are kept and appended in the
 * caller's transaction by {@link #finish()}.
 *
 * <p>Opened by {@link PublicRecord#appendConcurrently()} inside the caller's transaction and used from
 * the thread that opened it. Not thread-safe.
 */
public interface ConcurrentAppend extends AutoCloseable {

  /**
   * Adds an entry. An error of an earlier part (a duplicate, an entry too large) may surface here already.
   *
   * @throws EntryRejectedException if an entry added so far was refused
   */
  void add(RecordEntry entry);

  /**
   * Waits until every entry added is written, and binds them to the caller's transaction: they are
   * committed with it, or rolled back with it. Must be called in the caller's transaction, before
   * anything it appends that must come after these entries; called at the commit otherwise.
   *
   * @throws EntryRejectedException if an entry is a duplicate (of an earlier one or one already
   *     recorded) or its canonical form exceeds 64 KiB; the caller's transaction must then roll back
   */
  void finish();

  /** Gives up the entries unless {@link #finish()} bound them to the caller's transaction. */
  @Override
  void close();
}

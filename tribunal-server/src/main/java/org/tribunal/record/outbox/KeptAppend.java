package org.tribunal.record.outbox;

import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tribunal.record.ConcurrentAppend;
import org.tribunal.record.RecordEntry;

/**
 * A {@link ConcurrentAppend} for a database that cannot prepare transactions: the entries are kept and
 * appended with {@link OutboxPublicRecord#appendAll} in the caller's transaction when they are finished
 * (at its commit at the latest). Given up unfinished, it keeps the caller's transaction from committing.
 */
final class KeptAppend implements ConcurrentAppend {

  private final OutboxPublicRecord record;
  private final List<RecordEntry> entries = new ArrayList<>();
  private boolean open = true;
  private boolean givenUp;

  KeptAppend(OutboxPublicRecord record) {
    this.record = record;
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        if (givenUp) {
          throw new IllegalStateException("record entries were given up; the transaction cannot commit without them");
        }
        finish();
      }
    });
  }

  @Override
  public void add(RecordEntry entry) {
    if (!open) {
      throw new IllegalStateException("this append is finished or closed");
    }
    entries.add(entry);
  }

  @Override
  public void finish() {
    if (!open) {
      return;
    }
    open = false;
    List<RecordEntry> all = List.copyOf(entries);
    entries.clear();
    record.appendAll(all);
  }

  @Override
  public void close() {
    if (open) {
      open = false;
      givenUp = true;
      entries.clear();
    }
  }
}

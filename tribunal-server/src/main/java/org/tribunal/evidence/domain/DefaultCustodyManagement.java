package org.tribunal.evidence.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tribunal.access.AccessAudit;
import org.tribunal.evidence.CustodyAction;
import org.tribunal.evidence.CustodyEventView;
import org.tribunal.evidence.CustodyManagement;
import org.tribunal.evidence.EvidenceFile;
import org.tribunal.evidence.EvidenceId;
import org.tribunal.evidence.NewCustodyEvent;
import org.tribunal.evidence.UnknownEvidenceException;
import org.tribunal.evidence.store.EvidenceStore;

/**
 * Custody commands on a locked item. A destruction removes the bytes once the transaction has
 * committed (and only if nothing else live refers to them); the item and its chain stay.
 */
@Service
class DefaultCustodyManagement implements CustodyManagement {

  private final Items items;
  private final Readers readers;
  private final CustodyLedger ledger;
  private final WorkingCopyRows copies;
  private final EvidenceStore store;
  private final AccessAudit audit;

  DefaultCustodyManagement(Items items, Readers readers, CustodyLedger ledger, WorkingCopyRows copies,
      EvidenceStore store, AccessAudit audit) {
    this.items = items;
    this.readers = readers;
    this.ledger = ledger;
    this.copies = copies;
    this.store = store;
    this.audit = audit;
  }

  @Override
  @Transactional
  public CustodyEventView record(EvidenceId id, NewCustodyEvent event) {
    ItemRow item = lockVisible(id);
    CustodyEventView recorded = ledger.append(item, new CustodyLedger.Draft(event.action(), event.reason(),
        event.location(), event.occurredAt(), event.custodian(), event.authority(), event.copySha256(), null),
        readers.current().username());
    audit.describeWrite("evidence/item/" + id);
    if (event.action() == CustodyAction.DESTROYED) {
      destroyBytesAfterCommit(item);
    }
    return recorded;
  }

  @Override
  @Transactional
  public EvidenceFile access(EvidenceId id, String reason) {
    ItemRow item = lockVisible(id);
    ledger.append(item, new CustodyLedger.Draft(CustodyAction.ACCESSED,
        NewCustodyEvent.of(CustodyAction.ACCESSED, reason).reason(), null, null, null, null, null, null),
        readers.current().username());
    String sha256 = item.hashes().sha256();
    String name = items.submissions(item.id()).get(0).provenance().originalFileName();
    return new EvidenceFile(name, item.mediaType(), item.hashes(), () -> store.open(sha256));
  }

  ItemRow lockVisible(EvidenceId id) {
    readers.visibleRow(id.value());
    return items.lock(id.value()).orElseThrow(() -> UnknownEvidenceException.withId(id));
  }

  private void destroyBytesAfterCommit(ItemRow item) {
    String sha256 = item.hashes().sha256();
    boolean keep = copies.stillReferenced(sha256, item.id());
    var copyHashes = copies.of(item.id()).stream().map(c -> c.hashes().sha256())
        .filter(h -> !copies.stillReferenced(h, item.id())).toList();
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        try {
          if (!keep) {
            store.delete(sha256);
          }
          for (String h : copyHashes) {
            store.delete(h);
          }
        } catch (IOException e) {
          throw new UncheckedIOException("destroyed item " + item.id() + " but could not delete its bytes", e);
        }
      }
    });
  }
}

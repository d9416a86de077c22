package org.tribunal.evidence.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.evidence.CustodyAction;
import org.tribunal.evidence.CustodyEventView;
import org.tribunal.evidence.EvidenceId;
import org.tribunal.evidence.NewWorkingCopy;
import org.tribunal.evidence.UnknownEvidenceException;
import org.tribunal.evidence.WorkingCopies;
import org.tribunal.evidence.WorkingCopyView;
import org.tribunal.evidence.config.EvidenceProperties;
import org.tribunal.evidence.store.EvidenceStore;
import org.tribunal.evidence.store.StagedFile;

/**
 * Working copies: streamed and kept like an intake (under their own hash, never over an original),
 * then linked to the original by a sealed COPIED event naming the copy's hash and the tool.
 */
@Service
class DefaultWorkingCopies implements WorkingCopies {

  private final EvidenceStore store;
  private final Items items;
  private final Readers readers;
  private final CustodyLedger ledger;
  private final WorkingCopyRows copies;
  private final MetadataExtraction extraction;
  private final TransactionTemplate tx;
  private final long maxBytes;
  private final Clock clock = Clock.systemUTC();

  DefaultWorkingCopies(EvidenceStore store, Items items, Readers readers, CustodyLedger ledger, WorkingCopyRows copies,
      MetadataExtraction extraction, TransactionTemplate tx, EvidenceProperties properties) {
    this.store = store;
    this.items = items;
    this.readers = readers;
    this.ledger = ledger;
    this.copies = copies;
    this.extraction = extraction;
    this.tx = tx;
    this.maxBytes = properties.maxFileSize().toBytes();
  }

  @Override
  public WorkingCopyView derive(EvidenceId original, InputStream content, NewWorkingCopy copy) {
    readers.visibleRow(original.value());
    String actor = readers.current().username();
    StagedFile staged = DefaultEvidenceIntake.stage(store, content, maxBytes);
    String mediaType;
    try {
      store.keep(staged);
      mediaType = extraction.extractKept(store, staged.hashes().sha256(), copy.fileName(), staged.hashes().size())
          .mediaType();
    } catch (IOException e) {
      store.discard(staged);
      throw new UncheckedIOException(e);
    }
    return tx.execute(status -> {
      ItemRow item = items.lock(original.value()).orElseThrow(() -> UnknownEvidenceException.withId(original));
      CustodyEventView event = ledger.append(item, new CustodyLedger.Draft(CustodyAction.COPIED,
          "Working copy (" + copy.kind() + ") made with " + copy.tool() + (copy.note() == null ? "" : ": " + copy.note()),
          null, null, null, null, staged.hashes().sha256(), null), actor);
      WorkingCopyView view = new WorkingCopyView(UUID.randomUUID(), original, copy.kind(), copy.tool(), copy.fileName(),
          copy.note(), staged.hashes(), mediaType, clock.instant(), actor, event.sequence());
      copies.insert(view);
      return view;
    });
  }

  @Override
  @Transactional(readOnly = true)
  public List<WorkingCopyView> of(EvidenceId original) {
    readers.visibleRow(original.value());
    return copies.of(original.value());
  }
}

package org.tribunal.evidence.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.access.AccessAudit;
import org.tribunal.access.CurrentUser;
import org.tribunal.evidence.CustodyAction;
import org.tribunal.evidence.CustodyStatus;
import org.tribunal.evidence.EvidenceId;
import org.tribunal.evidence.EvidenceItemView;
import org.tribunal.evidence.EvidenceIntake;
import org.tribunal.evidence.Handling;
import org.tribunal.evidence.IncompleteUploadException;
import org.tribunal.evidence.IntakeOutcome;
import org.tribunal.evidence.Provenance;
import org.tribunal.evidence.SubmissionView;
import org.tribunal.evidence.config.EvidenceProperties;
import org.tribunal.evidence.store.EvidenceStore;
import org.tribunal.evidence.store.StagedFile;
import org.tribunal.evidence.store.StagingFailedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake in three steps: stream the bytes into the store's staging area while hashing them (no
 * transaction, no memory buffer), keep them under their SHA-256 and read their metadata, then in one
 * short transaction create or find the item, add the submission and seal the RECEIVED event. A broken
 * stream leaves nothing behind; a failure after the bytes are kept leaves only content-addressed bytes
 * that no item refers to, which the next submission of the same bytes reuses.
 */
@Service
class DefaultEvidenceIntake implements EvidenceIntake {

  private static final Logger log = LoggerFactory.getLogger(DefaultEvidenceIntake.class);

  private final EvidenceStore store;
  private final Items items;
  private final CustodyLedger ledger;
  private final MetadataExtraction extraction;
  private final Readers readers;
  private final AccessAudit audit;
  private final TransactionTemplate tx;
  private final JsonMapper json;
  private final long maxBytes;
  private final Clock clock = Clock.systemUTC();

  DefaultEvidenceIntake(EvidenceStore store, Items items, CustodyLedger ledger, MetadataExtraction extraction,
      Readers readers, AccessAudit audit, TransactionTemplate tx, JsonMapper json, EvidenceProperties properties) {
    this.store = store;
    this.items = items;
    this.ledger = ledger;
    this.extraction = extraction;
    this.readers = readers;
    this.audit = audit;
    this.tx = tx;
    this.json = json;
    this.maxBytes = properties.maxFileSize().toBytes();
  }

  @Override
  public IntakeOutcome receive(InputStream content, Provenance provenance, Handling handling) {
    CurrentUser caller = readers.current();
    String actor = caller.username();
    StagedFile staged;
    try {
      staged = store.stage(content, maxBytes);
    } catch (StagingFailedException e) {
      throw e.isTooLarge() ? IncompleteUploadException.tooLarge(maxBytes) : IncompleteUploadException.after(e.received());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String sha256 = staged.hashes().sha256();
    MetadataExtraction.Extracted extracted;
    try {
      store.keep(staged);
      extracted = items.findLive(sha256)
          .map(row -> new MetadataExtraction.Extracted(row.mediaType(), Map.of()))
          .orElseGet(() -> extractAndStore(sha256, provenance.originalFileName(), staged.hashes().size()));
    } catch (IOException e) {
      store.discard(staged);
      throw new UncheckedIOException(e);
    }
    String metadataJson = json.writeValueAsString(extracted.fields());
    Registered registered = tx.execute(status -> register(staged, extracted.mediaType(), metadataJson, provenance,
        handling, caller));
    IntakeOutcome outcome = registered.outcome();
    audit.describeWrite("evidence/item/" + outcome.item().id());
    log.info("evidence {} received as submission {} ({} bytes, sha256 {}){}", outcome.item().id(),
        outcome.submission(), staged.hashes().size(), sha256, outcome.duplicate() ? ", a duplicate" : "");
    if (!registered.visibleToCaller()) {
      return asFreshIntake(staged, provenance, handling, actor, registered.at());
    }
    return outcome;
  }

  /**
   * What a fresh intake of these bytes would have answered, for a caller who may not see the item
   * that already holds them: a new id, the caller's own handling and submission only, metadata read
   * from the bytes themselves. The submission is recorded against the held item all the same.
   */
  private IntakeOutcome asFreshIntake(StagedFile staged, Provenance provenance, Handling handling, String actor,
      Instant at) {
    MetadataExtraction.Extracted extracted = store.localPath(staged.hashes().sha256())
        .map(path -> extraction.extract(path, provenance.originalFileName(), staged.hashes().size()))
        .orElseGet(() -> new MetadataExtraction.Extracted("application/octet-stream", Map.of()));
    EvidenceItemView view = new EvidenceItemView(EvidenceId.random(), staged.hashes(), extracted.mediaType(),
        extracted.fields(), handling, CustodyStatus.IN_CUSTODY, at,
        List.of(new SubmissionView(1, at, actor, provenance)));
    return new IntakeOutcome(view, 1, false);
  }

  /** A registered submission, and whether the caller may see the item it was recorded against. */
  private record Registered(IntakeOutcome outcome, boolean visibleToCaller, Instant at) {}

  private MetadataExtraction.Extracted extractAndStore(String sha256, String fileName, long size) {
    MetadataExtraction.Extracted extracted = store.localPath(sha256)
        .map(path -> extraction.extract(path, fileName, size))
        .orElseGet(() -> new MetadataExtraction.Extracted("application/octet-stream", Map.of()));
    try {
      store.writeSidecar(sha256, "metadata.json",
          json.writerWithDefaultPrettyPrinter().writeValueAsString(extracted.fields()).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return extracted;
  }

  private Registered register(StagedFile staged, String mediaType, String metadataJson, Provenance provenance,
      Handling handling, CurrentUser caller) {
    String actor = caller.username();
    Instant now = clock.instant();
    boolean created = items.insertIfAbsent(UUID.randomUUID(), staged.hashes(), mediaType, metadataJson, handling, now);
    ItemRow item = items.lockLive(staged.hashes().sha256()).orElseThrow();
    boolean visibleToCaller = created || Readers.maySee(caller, readers.view(item));
    if (!created) {
      Handling strictest = item.handling().strictest(handling);
      if (!strictest.equals(item.handling())) {
        items.updateHandling(item.id(), strictest);
      }
    }
    int number = items.nextSubmission(item.id());
    items.insertSubmission(item.id(), number, now, actor, provenance);
    ledger.append(item, new CustodyLedger.Draft(CustodyAction.RECEIVED,
        created ? "Intake: submission " + number : "Intake: further submission " + number + " of held bytes",
        null, now, null, null, null, number), actor);
    ItemRow after = items.find(item.id()).orElseThrow();
    return new Registered(new IntakeOutcome(readers.view(after), number, !created), visibleToCaller, now);
  }
}

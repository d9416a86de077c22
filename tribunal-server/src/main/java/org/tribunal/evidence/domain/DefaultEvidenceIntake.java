package org.tribunal.evidence.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.access.AccessAudit;
import org.tribunal.access.CurrentUser;
import org.tribunal.evidence.CustodyAction;
import org.tribunal.evidence.EvidenceIntake;
import org.tribunal.evidence.Handling;
import org.tribunal.evidence.IncompleteUploadException;
import org.tribunal.evidence.IntakeOutcome;
import org.tribunal.evidence.Provenance;
import org.tribunal.evidence.config.EvidenceProperties;
import org.tribunal.evidence.store.EvidenceStore;
import org.tribunal.evidence.store.StagedFile;
import org.tribunal.evidence.store.StagingFailedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake in three steps: stream the bytes into the store's staging area while hashing them (no
 * transaction, no memory buffer), keep them under their SHA-256 and read their metadata, then in one
 * short transaction find the item the caller may join or create one, add the submission and seal the
 * RECEIVED event. A broken
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
    StagedFile staged = stage(store, content, maxBytes);
    String sha256 = staged.hashes().sha256();
    // metadata comes from an item the caller may join; otherwise it is read from the bytes, exactly as
    // for bytes never seen, so that neither the answer nor its timing tells of a hidden item
    String mediaType;
    String metadataJson;
    try {
      store.keep(staged);
      var joinable = items.findLive(sha256).stream().filter(row -> Readers.maySee(caller, readers.view(row)))
          .findFirst();
      if (joinable.isPresent()) {
        mediaType = joinable.get().mediaType();
        metadataJson = joinable.get().metadataJson();
      } else {
        MetadataExtraction.Extracted extracted = extractAndStore(sha256, provenance.originalFileName(),
            staged.hashes().size());
        mediaType = extracted.mediaType();
        metadataJson = json.writeValueAsString(extracted.fields());
      }
    } catch (IOException e) {
      store.discard(staged);
      throw new UncheckedIOException(e);
    }
    IntakeOutcome outcome = tx.execute(status -> register(staged, mediaType, metadataJson, provenance, handling,
        caller));
    audit.describeWrite("evidence/item/" + outcome.item().id());
    log.info("evidence {} received as submission {} ({} bytes, sha256 {}){}", outcome.item().id(),
        outcome.submission(), staged.hashes().size(), sha256, outcome.duplicate() ? ", a duplicate" : "");
    return outcome;
  }

  /**
   * Streams an upload into the store's staging area, hashing it; a stream that breaks off or exceeds
   * {@code maxBytes} becomes the caller's {@link IncompleteUploadException} and leaves nothing staged.
   * Shared by originals and working copies.
   */
  static StagedFile stage(EvidenceStore store, InputStream content, long maxBytes) {
    try {
      return store.stage(content, maxBytes);
    } catch (StagingFailedException e) {
      throw e.isTooLarge() ? IncompleteUploadException.tooLarge(maxBytes) : IncompleteUploadException.after(e.received());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MetadataExtraction.Extracted extractAndStore(String sha256, String fileName, long size) {
    MetadataExtraction.Extracted extracted = extraction.extractKept(store, sha256, fileName, size);
    try {
      store.writeSidecar(sha256, "metadata.json",
          json.writerWithDefaultPrettyPrinter().writeValueAsString(extracted.fields()).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return extracted;
  }

  /**
   * Adds the submission to the oldest live item holding the bytes that the caller may see, or else to
   * a new item of its own sharing the stored bytes: a hidden item is never joined, named or counted.
   */
  private IntakeOutcome register(StagedFile staged, String mediaType, String metadataJson, Provenance provenance,
      Handling handling, CurrentUser caller) {
    String actor = caller.username();
    Instant now = clock.instant();
    String sha256 = staged.hashes().sha256();
    items.lockContent(sha256);
    ItemRow item = items.lockLive(sha256).stream().filter(row -> Readers.maySee(caller, readers.view(row)))
        .findFirst().orElse(null);
    boolean created = item == null;
    if (created) {
      UUID id = UUID.randomUUID();
      items.insert(id, staged.hashes(), mediaType, metadataJson, handling, now);
      item = items.lock(id).orElseThrow();
    } else {
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
    return new IntakeOutcome(readers.view(after), number, !created);
  }
}

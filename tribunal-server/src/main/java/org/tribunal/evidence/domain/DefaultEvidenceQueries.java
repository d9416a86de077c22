package org.tribunal.evidence.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.Role;
import org.tribunal.evidence.ContentHashes;
import org.tribunal.evidence.CustodyReport;
import org.tribunal.evidence.EvidenceFile;
import org.tribunal.evidence.EvidenceId;
import org.tribunal.evidence.EvidenceItemView;
import org.tribunal.evidence.EvidencePage;
import org.tribunal.evidence.EvidenceQueries;
import org.tribunal.evidence.InvalidEvidenceException;
import org.tribunal.evidence.UnknownEvidenceException;
import org.tribunal.evidence.WorkingCopyView;
import org.tribunal.evidence.store.EvidenceStore;

/** Reads of the vault through {@link Readers}: what the caller may not see does not exist. */
@Service
class DefaultEvidenceQueries implements EvidenceQueries {

  private final Items items;
  private final Readers readers;
  private final CustodyLedger ledger;
  private final WorkingCopyRows copies;
  private final EvidenceStore store;
  private final Clock clock = Clock.systemUTC();

  DefaultEvidenceQueries(Items items, Readers readers, CustodyLedger ledger, WorkingCopyRows copies, EvidenceStore store) {
    this.items = items;
    this.readers = readers;
    this.ledger = ledger;
    this.copies = copies;
    this.store = store;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<EvidenceItemView> find(EvidenceId id) {
    return items.find(id.value()).flatMap(row -> readers.visible(row, readers.current()));
  }

  @Override
  @Transactional(readOnly = true)
  public EvidenceItemView get(EvidenceId id) {
    return find(id).orElseThrow(() -> UnknownEvidenceException.withId(id));
  }

  @Override
  @Transactional(readOnly = true)
  public EvidencePage list(int limit, @Nullable String after) {
    if (limit < 1 || limit > 200) {
      throw InvalidEvidenceException.field("limit", "'limit' is 1 to 200.");
    }
    CurrentUser reader = readers.current();
    if (!Readers.readsEvidence(reader)) {
      return new EvidencePage(List.of(), null);
    }
    Instant afterTime = null;
    UUID afterId = null;
    if (after != null && !after.isBlank()) {
      try {
        String[] parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\\|", 2);
        afterTime = Instant.parse(parts[0]);
        afterId = UUID.fromString(parts[1]);
      } catch (RuntimeException e) {
        throw InvalidEvidenceException.field("after", "The 'after' cursor is not one returned by this list.");
      }
    }
    List<ItemRow> rows = items.page(Readers.levels(reader), reader.compartments(),
        reader.hasRole(Role.REGISTRAR) ? null : reader.state(), afterTime, afterId, limit + 1);
    List<EvidenceItemView> views = new ArrayList<>();
    for (ItemRow row : rows.subList(0, Math.min(limit, rows.size()))) {
      readers.visible(row, reader).ifPresent(views::add);
    }
    String next = null;
    if (rows.size() > limit) {
      ItemRow last = rows.get(limit - 1);
      next = Base64.getUrlEncoder().withoutPadding()
          .encodeToString((last.receivedAt() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
    }
    return new EvidencePage(views, next);
  }

  @Override
  @Transactional(readOnly = true)
  public List<EvidenceItemView> findBySha256(String sha256) {
    if (!ContentHashes.isSha256(sha256)) {
      throw InvalidEvidenceException.field("sha256", "A SHA-256 is 64 lower-case hex digits.");
    }
    CurrentUser reader = readers.current();
    List<EvidenceItemView> views = new ArrayList<>();
    for (ItemRow row : items.bySha256(sha256)) {
      readers.visible(row, reader).ifPresent(views::add);
    }
    return views;
  }

  @Override
  @Transactional(readOnly = true)
  public CustodyReport custodyReport(EvidenceId id) {
    EvidenceItemView item = get(id);
    return new CustodyReport(item, ledger.chain(id.value()), copies.of(id.value()), clock.instant());
  }

  @Override
  @Transactional(readOnly = true)
  public EvidenceFile workingCopy(UUID copyId) {
    WorkingCopyView copy = copies.find(copyId).orElseThrow(() -> UnknownEvidenceException.withId(copyId));
    if (find(copy.original()).isEmpty()) {
      throw UnknownEvidenceException.withId(copyId);
    }
    String sha256 = copy.hashes().sha256();
    return new EvidenceFile(copy.fileName(), copy.mediaType(), copy.hashes(), () -> store.open(sha256));
  }
}

package org.tribunal.evidence.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.tribunal.access.AccessAudit;
import org.tribunal.evidence.CustodyAction;
import org.tribunal.evidence.EvidenceExport;
import org.tribunal.evidence.EvidenceId;
import org.tribunal.evidence.EvidenceQueries;
import org.tribunal.evidence.InvalidEvidenceException;
import org.tribunal.evidence.UnknownEvidenceException;
import org.tribunal.evidence.store.EvidenceStore;
import org.tribunal.record.LogReceipt;
import org.tribunal.record.RecordReceipts;
import tools.jackson.databind.json.JsonMapper;

/**
 * BagIt export: first, in one transaction, a sealed COPIED event on every original (the export is a
 * bit-exact copy leaving the vault); then the bag is written with each item's custody report as it
 * now stands, its originals re-hashed on the way, and the log receipt of every custody event that is
 * already in a published checkpoint (the export's own COPIED events are not yet: their receipts come
 * from the record later).
 */
@Service
class DefaultEvidenceExport implements EvidenceExport {

  private final Items items;
  private final Readers readers;
  private final CustodyLedger ledger;
  private final EvidenceQueries queries;
  private final EvidenceStore store;
  private final TransactionTemplate tx;
  private final JsonMapper json;
  private final ITemplateEngine templates;
  private final AccessAudit audit;
  private final RecordReceipts receipts;

  DefaultEvidenceExport(Items items, Readers readers, CustodyLedger ledger, EvidenceQueries queries,
      EvidenceStore store, TransactionTemplate tx, JsonMapper json, ITemplateEngine templates, AccessAudit audit,
      RecordReceipts receipts) {
    this.items = items;
    this.readers = readers;
    this.ledger = ledger;
    this.queries = queries;
    this.store = store;
    this.tx = tx;
    this.json = json;
    this.templates = templates;
    this.audit = audit;
    this.receipts = receipts;
  }

  @Override
  public void writeZip(List<EvidenceId> ids, String reason, OutputStream out) {
    List<BagWriter.Report> reports = prepare(ids, reason);
    try (BagWriter.Sink sink = BagWriter.zip(out)) {
      new BagWriter(store).write(reports, reason, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void writeDirectory(List<EvidenceId> ids, String reason, Path dir) {
    List<BagWriter.Report> reports = prepare(ids, reason);
    try (BagWriter.Sink sink = BagWriter.directory(dir)) {
      new BagWriter(store).write(reports, reason, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<BagWriter.Report> prepare(List<EvidenceId> ids, String reason) {
    if (ids.isEmpty()) {
      throw InvalidEvidenceException.field("items", "An export names at least one item.");
    }
    if (reason == null || reason.isBlank()) {
      throw InvalidEvidenceException.field("reason", "An export names its reason.");
    }
    List<EvidenceId> unique = new ArrayList<>(new LinkedHashSet<>(ids));
    String actor = readers.current().username();
    tx.executeWithoutResult(status -> {
      for (EvidenceId id : unique) {
        readers.visibleRow(id.value());
        ItemRow item = items.lock(id.value()).orElseThrow(() -> UnknownEvidenceException.withId(id));
        ledger.append(item, new CustodyLedger.Draft(CustodyAction.COPIED, "BagIt export: " + reason.strip(), null, null,
            null, null, item.hashes().sha256(), null), actor);
      }
    });
    List<BagWriter.Report> reports = new ArrayList<>();
    for (EvidenceId id : unique) {
      var report = queries.custodyReport(id);
      byte[] jsonBytes = json.writerWithDefaultPrettyPrinter().writeValueAsString(report).getBytes(StandardCharsets.UTF_8);
      String html = templates.process("evidence/custody-print", new Context(Locale.ENGLISH, Map.of("report", report)));
      List<LogReceipt> proofs = report.chain().stream().filter(e -> e.logIndex() != null)
          .map(e -> receipts.findReceipt(e.logIndex())).flatMap(Optional::stream).toList();
      reports.add(new BagWriter.Report(report, jsonBytes, html.getBytes(StandardCharsets.UTF_8), proofs));
      audit.record("EXPORT", "evidence/item/" + id);
    }
    return reports;
  }
}

package org.tribunal.evidence.domain;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.access.CurrentUser;
import org.tribunal.evidence.ContentHashes;
import org.tribunal.evidence.EvidenceId;
import org.tribunal.evidence.IntegrityProblem;
import org.tribunal.evidence.IntegritySweeps;
import org.tribunal.evidence.SweepFinding;
import org.tribunal.evidence.SweepReport;
import org.tribunal.evidence.WorkingCopyView;
import org.tribunal.evidence.store.EvidenceStore;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.record.Sealed;

/**
 * Re-hashes every kept file (originals of items not destroyed, and their working copies) outside any
 * transaction, then records the sweep and its findings in one transaction together with a sealed
 * entry in the public record. Damage is logged at ERROR and stays the alarm until a clean sweep.
 * One sweep at a time: a request while one runs waits for it.
 */
@Service
class DefaultIntegritySweeps implements IntegritySweeps {

  private static final Logger log = LoggerFactory.getLogger(DefaultIntegritySweeps.class);

  private final Items items;
  private final Readers readers;
  private final WorkingCopyRows copies;
  private final EvidenceStore store;
  private final JdbcClient jdbc;
  private final PublicRecord record;
  private final TransactionTemplate tx;
  private final ReentrantLock running = new ReentrantLock();
  private final Clock clock = Clock.systemUTC();

  DefaultIntegritySweeps(Items items, Readers readers, WorkingCopyRows copies, EvidenceStore store, JdbcClient jdbc,
      PublicRecord record, TransactionTemplate tx) {
    this.items = items;
    this.readers = readers;
    this.copies = copies;
    this.store = store;
    this.jdbc = jdbc;
    this.record = record;
    this.tx = tx;
  }

  @Scheduled(cron = "${tribunal.evidence.sweep-cron:0 30 3 * * *}")
  void scheduled() {
    sweepAlone("schedule");
  }

  @Override
  public SweepReport run(String triggeredBy) {
    return asSeenByCurrentReader(sweepAlone(triggeredBy));
  }

  private SweepReport sweepAlone(String triggeredBy) {
    running.lock();
    try {
      return sweep(triggeredBy);
    } finally {
      running.unlock();
    }
  }

  /**
   * The report without the findings on items the current reader may not see, so that a damaged file
   * does not reveal an item beyond the reader's clearance, compartments or sharing. Totals stay
   * vault-wide; the server log and the sealed log entry keep every finding.
   */
  private SweepReport asSeenByCurrentReader(SweepReport report) {
    CurrentUser reader = readers.current();
    List<SweepFinding> visible = report.findings().stream().filter(f -> maySee(reader, f)).toList();
    return new SweepReport(report.id(), report.startedAt(), report.finishedAt(), report.triggeredBy(),
        report.filesChecked(), report.bytesChecked(), visible);
  }

  private boolean maySee(CurrentUser reader, SweepFinding finding) {
    Optional<EvidenceId> item = finding.item() != null
        ? Optional.of(finding.item())
        : copies.find(Objects.requireNonNull(finding.workingCopy())).map(WorkingCopyView::original);
    return item.flatMap(id -> items.find(id.value()))
        .map(row -> Readers.maySee(reader, readers.view(row)))
        .orElse(false);
  }

  private SweepReport sweep(String triggeredBy) {
    Instant started = clock.instant();
    List<SweepFinding> findings = new ArrayList<>();
    int files = 0;
    long bytes = 0;
    Map<String, ContentHashes> checked = new LinkedHashMap<>();
    for (ItemRow item : items.kept()) {
      Optional<ContentHashes> actual = rehash(item.hashes().sha256(), checked);
      files++;
      bytes += actual.map(ContentHashes::size).orElse(0L);
      finding(item.hashes(), actual, item.evidenceId(), null).ifPresent(findings::add);
    }
    for (WorkingCopyView copy : copies.kept()) {
      Optional<ContentHashes> actual = rehash(copy.hashes().sha256(), checked);
      files++;
      bytes += actual.map(ContentHashes::size).orElse(0L);
      finding(copy.hashes(), actual, null, copy.id()).ifPresent(findings::add);
    }
    Instant finished = clock.instant();
    SweepReport report = new SweepReport(UUID.randomUUID(), started, finished, triggeredBy, files, bytes, findings);
    tx.executeWithoutResult(status -> save(report));
    if (report.isClean()) {
      log.info("integrity sweep {}: {} files, {} bytes, all as at intake", report.id(), files, bytes);
    } else {
      for (SweepFinding f : findings) {
        log.error("INTEGRITY ALARM: sweep {} found {} of {} (item {}, working copy {})", report.id(), f.problem(),
            f.sha256(), f.item(), f.workingCopy());
      }
    }
    return report;
  }

  private Optional<ContentHashes> rehash(String sha256, Map<String, ContentHashes> checked) {
    if (checked.containsKey(sha256)) {
      return Optional.ofNullable(checked.get(sha256));
    }
    try {
      Optional<ContentHashes> actual = store.rehash(sha256);
      checked.put(sha256, actual.orElse(null));
      return actual;
    } catch (IOException e) {
      log.error("integrity sweep cannot read {}: {}", sha256, e.toString());
      checked.put(sha256, null);
      return Optional.empty();
    }
  }

  private static Optional<SweepFinding> finding(ContentHashes expected, Optional<ContentHashes> actual,
      @Nullable EvidenceId item, @Nullable UUID copy) {
    if (actual.isEmpty()) {
      return Optional.of(new SweepFinding(expected.sha256(), item, copy, IntegrityProblem.MISSING, null));
    }
    if (!actual.get().equals(expected)) {
      return Optional.of(new SweepFinding(expected.sha256(), item, copy, IntegrityProblem.MISMATCH,
          actual.get().sha256()));
    }
    return Optional.empty();
  }

  private void save(SweepReport report) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("sweep", report.id().toString());
    data.put("startedAt", report.startedAt().toString());
    data.put("finishedAt", report.finishedAt().toString());
    data.put("triggeredBy", report.triggeredBy());
    data.put("filesChecked", report.filesChecked());
    data.put("bytesChecked", Long.toString(report.bytesChecked()));
    List<Map<String, Object>> found = new ArrayList<>();
    for (SweepFinding f : report.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sha256", f.sha256());
      m.put("problem", f.problem().name());
      if (f.item() != null) {
        m.put("item", f.item().toString());
      }
      if (f.workingCopy() != null) {
        m.put("workingCopy", f.workingCopy().toString());
      }
      if (f.actualSha256() != null) {
        m.put("actualSha256", f.actualSha256());
      }
      found.add(m);
    }
    data.put("findings", found);
    Sealed sealed = record.appendSealed(new RecordEntry(SweepReport.RECORD_TYPE, report.id().toString(), 1,
        report.finishedAt().atOffset(ZoneOffset.UTC).toLocalDate(), report.triggeredBy(), null, data));
    jdbc.sql("""
        INSERT INTO evidence.sweep (id, started_at, finished_at, triggered_by, files_checked, bytes_checked, salt, commitment)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(report.id(), Timestamp.from(report.startedAt()), Timestamp.from(report.finishedAt()),
            report.triggeredBy(), report.filesChecked(), report.bytesChecked(), sealed.salt(),
            sealed.commitment().toHex())
        .update();
    for (SweepFinding f : report.findings()) {
      jdbc.sql("INSERT INTO evidence.sweep_finding (sweep_id, sha256, item_id, working_copy_id, problem, actual_sha256)"
              + " VALUES (?, ?, ?, ?, ?, ?)")
          .params(report.id(), f.sha256(), f.item() == null ? null : f.item().value(), f.workingCopy(),
              f.problem().name(), f.actualSha256())
          .update();
    }
  }

  @Override
  public Optional<SweepReport> latest() {
    return stored().map(this::asSeenByCurrentReader);
  }

  private Optional<SweepReport> stored() {
    return jdbc.sql("SELECT * FROM evidence.sweep ORDER BY finished_at DESC, id LIMIT 1")
        .query((rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          return new SweepReport(id, rs.getTimestamp("started_at").toInstant(),
              rs.getTimestamp("finished_at").toInstant(), rs.getString("triggered_by"), rs.getInt("files_checked"),
              rs.getLong("bytes_checked"), findings(id));
        })
        .optional();
  }

  private List<SweepFinding> findings(UUID sweep) {
    return jdbc.sql("SELECT * FROM evidence.sweep_finding WHERE sweep_id = ? ORDER BY sha256").param(sweep)
        .query((rs, n) -> {
          UUID item = rs.getObject("item_id", UUID.class);
          return new SweepFinding(rs.getString("sha256"), item == null ? null : new EvidenceId(item),
              rs.getObject("working_copy_id", UUID.class), IntegrityProblem.valueOf(rs.getString("problem")),
              rs.getString("actual_sha256"));
        })
        .list();
  }

}

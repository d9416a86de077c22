package org.tribunal.record.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.TribunalApplication;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.record.log.LogStore;
import org.tribunal.record.log.Sequencer;

/**
 * Load driver for the record's two throughput targets, each measured against raw PostgreSQL inserts
 * of the same rows in the same run (so the ratio says what the log costs on this machine):
 *
 * <ol>
 *   <li>sequencer integration: the outbox is pre-filled with N entries, then the sequencer drains it
 *       (bundles, tiles, tree size, outbox deletes, log indexes, in batches of 1024);
 *   <li>end-to-end durable appends: T threads each commit one change per transaction through {@link
 *       PublicRecord#append} while the real sequencer runs; the clock stops when the last change has its
 *       log index;
 *   <li>end-to-end durable bulk appends: the same with B changes per transaction through {@link
 *       PublicRecord#appendAll} (one COPY), against the same rows COPYed into a plain table, B per
 *       transaction, from T threads;
 *   <li>bulk import: one transaction appends M entries shaped like an imported vote's position entry
 *       through {@link PublicRecord#appendAll} in chunks of 20,000 (as the positions import does), the
 *       sequencer off, against the same rows COPYed into a plain table in one transaction.
 * </ol>
 *
 * PostgreSQL runs embedded with {@code synchronous_commit=on}, so every commit is durable. Run:
 *
 * <pre>
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   org.tribunal.record.bench.RecordBenchmark 100000 20000 8 100 1000000
 * </pre>
 *
 * Arguments: entries for integration, single appends (the bulk run appends five times as many),
 * threads, changes per bulk transaction, entries of the bulk import (0 skips it). See docs/performance.md for building the class path.
 */
public final class RecordBenchmark {

  private static final Logger log = LoggerFactory.getLogger(RecordBenchmark.class);

  private RecordBenchmark() {}

  public static void main(String[] args) throws Exception {
    int integrationEntries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int appends = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int bulk = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    int imported = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("max_connections", "100")
        .start()) {
      List<String> report = new ArrayList<>();
      report.add(integration(pg, integrationEntries));
      report.add(endToEnd(pg, appends, threads));
      report.add(endToEndBulk(pg, appends * 5, threads, bulk));
      if (imported > 0) {
        report.add(bulkImport(pg, imported));
      }
      report.forEach(line -> log.info("RESULT {}", line));
    }
    System.exit(0);
  }

  static byte[] body(long i) {
    return String.format(Locale.ROOT,
            "{\"actor\":\"bench\",\"data\":{\"n\":%d,\"text\":\"a typical record of a coalition fact with some words\"},"
                + "\"id\":\"bench-%d\",\"recordedAt\":\"2026-11-29T10:00:00.000Z\",\"source\":null,\"type\":\"bench.thing\","
                + "\"validTime\":\"2025-02-24\",\"version\":1}", i, i)
        .getBytes(StandardCharsets.UTF_8);
  }

  static ConfigurableApplicationContext server(String url, boolean sequencer, int pool) {
    SpringApplication app = new SpringApplication(TribunalApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    // system properties outrank application.properties (default properties would not)
    Map.of("tribunal.data-dir", System.getProperty("java.io.tmpdir") + "/tribunal-bench")
        .forEach(System::setProperty);
    app.setDefaultProperties(Map.of(
        "spring.datasource.url", url,
        "spring.datasource.username", "postgres",
        "spring.datasource.password", "",
        "spring.datasource.hikari.maximum-pool-size", String.valueOf(pool),
        "tribunal.data-dir", System.getProperty("java.io.tmpdir") + "/tribunal-bench",
        "tribunal.demo", "false",
        "tribunal.record.sequencer.enabled", String.valueOf(sequencer),
        "logging.level.root", "WARN",
        "logging.level.org.tribunal.record.bench", "INFO"));
    return app.run();
  }

  static String database(EmbeddedPostgres pg, String name) throws Exception {
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return pg.getJdbcUrl("postgres", name);
  }

  /** Raw baseline: the same rows into a plain table, batches of 1024, one transaction per batch. */
  static double rawBatchInserts(DataSource ds, int n) throws Exception {
    try (Connection c = ds.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS public.raw_rows (id BIGSERIAL PRIMARY KEY, record_type TEXT, "
            + "record_id TEXT, version INT, body BYTEA, created_at TIMESTAMPTZ)");
        s.execute("TRUNCATE public.raw_rows");
      }
      c.setAutoCommit(false);
      long start = System.nanoTime();
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO public.raw_rows (record_type, record_id, version, body, created_at) VALUES (?, ?, 1, ?, ?)")) {
        for (int i = 0; i < n; i++) {
          insert.setString(1, "bench.thing");
          insert.setString(2, "raw-" + i);
          insert.setBytes(3, body(i));
          insert.setTimestamp(4, Timestamp.from(Instant.now()));
          insert.addBatch();
          if ((i + 1) % 1024 == 0 || i == n - 1) {
            insert.executeBatch();
            c.commit();
          }
        }
      }
      return n / ((System.nanoTime() - start) / 1e9);
    }
  }

  static String integration(EmbeddedPostgres pg, int n) throws Exception {
    try (ConfigurableApplicationContext ctx = server(database(pg, "bench_integration"), false, 4)) {
      DataSource ds = ctx.getBean(DataSource.class);
      double raw = rawBatchInserts(ds, n);
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement(
            "INSERT INTO record.outbox (record_type, record_id, version, body, created_at) VALUES ('bench.thing', ?, 1, ?, now())")) {
          for (int i = 0; i < n; i++) {
            insert.setString(1, "bench-" + i);
            insert.setBytes(2, body(i));
            insert.addBatch();
            if ((i + 1) % 1024 == 0 || i == n - 1) {
              insert.executeBatch();
              c.commit();
            }
          }
        }
      }
      Sequencer sequencer = ctx.getBean(Sequencer.class);
      long start = System.nanoTime();
      long integrated = sequencer.drain();
      double rate = integrated / ((System.nanoTime() - start) / 1e9);
      return String.format(Locale.ROOT,
          "integration: %d entries, %.0f entries/s; raw batched inserts of the same rows %.0f rows/s; ratio %.2f",
          integrated, rate, raw, rate / raw);
    }
  }

  static String endToEnd(EmbeddedPostgres pg, int n, int threads) throws Exception {
    try (ConfigurableApplicationContext ctx = server(database(pg, "bench_e2e"), true, threads + 4)) {
      DataSource ds = ctx.getBean(DataSource.class);
      TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
      PublicRecord record = ctx.getBean(PublicRecord.class);
      LogStore store = ctx.getBean(LogStore.class);
      double raw = parallel(n, threads, i -> {
        try (Connection c = ds.getConnection(); PreparedStatement insert = c.prepareStatement(
            "INSERT INTO public.raw_rows (record_type, record_id, version, body, created_at) VALUES (?, ?, 1, ?, now())")) {
          insert.setString(1, "bench.thing");
          insert.setString(2, "e2e-raw-" + i);
          insert.setBytes(3, body(i));
          insert.executeUpdate();
        }
      }, () -> true, ds);
      long before = store.head().size();
      double rate = parallel(n, threads,
          i -> tx.executeWithoutResult(s -> record.append(
              new RecordEntry("bench.thing", "e2e-" + i, 1, null, "bench", null, Map.of("n", i)))),
          () -> store.head().size() >= before + n, ds);
      return String.format(Locale.ROOT,
          "end-to-end: %d appends by %d threads, one per transaction, until sequenced: %.0f entries/s; "
              + "raw single-row insert transactions of the same rows %.0f rows/s; ratio %.2f",
          n, threads, rate, raw, rate / raw);
    }
  }

  /**
   * End-to-end durable bulk appends: T threads, each transaction {@link PublicRecord#appendAll} of B
   * changes (one COPY), the real sequencer running, until the tree holds every change. Baseline: the
   * same rows COPYed into a plain table, B per transaction, from T threads.
   */
  static String endToEndBulk(EmbeddedPostgres pg, int n, int threads, int bulk) throws Exception {
    int transactions = (n + bulk - 1) / bulk;
    n = transactions * bulk;
    try (ConfigurableApplicationContext ctx = server(database(pg, "bench_e2e_bulk"), true, threads + 4)) {
      DataSource ds = ctx.getBean(DataSource.class);
      TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
      PublicRecord record = ctx.getBean(PublicRecord.class);
      LogStore store = ctx.getBean(LogStore.class);
      double raw = parallel(transactions, threads, t -> {
        try (Connection c = ds.getConnection()) {
          c.setAutoCommit(false);
          StringBuilder csv = new StringBuilder();
          String now = Instant.now().toString();
          for (long i = t * bulk; i < (t + 1) * bulk; i++) {
            csv.append("bench.thing,bulk-raw-").append(i).append(",1,\\x")
                .append(java.util.HexFormat.of().formatHex(body(i))).append(',').append(now).append('\n');
          }
          c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(
              "COPY public.raw_rows (record_type, record_id, version, body, created_at) FROM STDIN WITH (FORMAT csv)",
              new java.io.StringReader(csv.toString()));
          c.commit();
        }
      }, () -> true, ds) * bulk;
      long before = store.head().size();
      double rate = parallel(transactions, threads, t -> {
        List<RecordEntry> entries = new ArrayList<>(bulk);
        for (long i = t * bulk; i < (t + 1) * bulk; i++) {
          entries.add(new RecordEntry("bench.thing", "bulk-" + i, 1, null, "bench", null, Map.of("n", i)));
        }
        tx.executeWithoutResult(s -> record.appendAll(entries));
      }, () -> store.head().size() >= before + (long) transactions * bulk, ds) * bulk;
      return String.format(Locale.ROOT,
          "end-to-end bulk: %d appends by %d threads, %d per transaction (appendAll), until sequenced: "
              + "%.0f entries/s; raw COPY of the same rows, %d per transaction, %.0f rows/s; ratio %.2f",
          n, threads, bulk, rate, bulk, raw, rate / raw);
    }
  }

  /** The entry the positions import appends for one imported vote, for position {@code i}. */
  static RecordEntry importedPosition(long i) {
    Map<String, Object> data = new java.util.LinkedHashMap<>();
    data.put("text", "undl-" + (i / 195));
    data.put("state", "S" + (i % 195));
    data.put("slot", "VOTE");
    data.put("kind", "VOTED_YES");
    data.put("date", "2025-02-24");
    data.put("explanation", null);
    data.put("unconfirmed", false);
    data.put("note", null);
    data.put("retracted", false);
    data.put("reason", null);
    return new RecordEntry("positions.position", "undl-" + (i / 195) + "/S" + (i % 195) + "/VOTE", 1,
        java.time.LocalDate.of(2025, 2, 24), "importer",
        new org.tribunal.shared.SourceRef("UN Digital Library voting data", "United Nations",
            java.time.LocalDate.of(2025, 2, 24), "https://digitallibrary.un.org/record/" + (i / 195)), data);
  }

  /**
   * Bulk import: one transaction appends {@code n} entries through {@link PublicRecord#appendAll} in
   * chunks of 20,000, the sequencer off (as the positions import's record phase runs). Baseline: the
   * same number of rows of the same size COPYed into a plain table in one transaction.
   */
  static String bulkImport(EmbeddedPostgres pg, int n) throws Exception {
    int chunk = 20_000;
    try (ConfigurableApplicationContext ctx = server(database(pg, "bench_import"), false, 4)) {
      DataSource ds = ctx.getBean(DataSource.class);
      TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
      PublicRecord record = ctx.getBean(PublicRecord.class);
      // raw rows carry bodies as long as the entries' JSON
      int size = ctx.getBean(tools.jackson.databind.json.JsonMapper.class).writeValueAsBytes(importedPosition(0)).length;
      long rawStart = System.nanoTime();
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
          s.execute("CREATE TABLE public.raw_import (id BIGSERIAL PRIMARY KEY, record_type TEXT, "
              + "record_id TEXT, version INT, body BYTEA, created_at TIMESTAMPTZ)");
        }
        String now = Instant.now().toString();
        java.util.HexFormat hex = java.util.HexFormat.of();
        var copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(
            "COPY public.raw_import (record_type, record_id, version, body, created_at) FROM STDIN WITH (FORMAT csv)");
        StringBuilder csv = new StringBuilder();
        for (long i = 0; i < n; i++) {
          RecordEntry e = importedPosition(i);
          byte[] body = java.util.Arrays.copyOf(body(i), size);
          java.util.Arrays.fill(body, Math.min(body(i).length, size), size, (byte) ' ');
          csv.append(e.type()).append(',').append(e.id()).append(",1,\\x")
              .append(hex.formatHex(body)).append(',').append(now).append('\n');
          if (csv.length() > 1 << 18 || i == n - 1) {
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            csv.setLength(0);
          }
        }
        copy.endCopy();
        c.commit();
      }
      double raw = n / ((System.nanoTime() - rawStart) / 1e9);
      long start = System.nanoTime();
      tx.executeWithoutResult(s -> {
        List<RecordEntry> entries = new ArrayList<>(chunk);
        for (long i = 0; i < n; i++) {
          entries.add(importedPosition(i));
          if (entries.size() == chunk || i == n - 1) {
            record.appendAll(entries);
            entries.clear();
          }
        }
      });
      double seconds = (System.nanoTime() - start) / 1e9;
      double rate = n / seconds;
      return String.format(Locale.ROOT,
          "bulk import: %d entries in one transaction, appendAll in chunks of %d: %.1f s, %.0f entries/s; "
              + "raw COPY of as many rows in one transaction %.0f rows/s; ratio %.2f",
          n, chunk, seconds, rate, raw, rate / raw);
    }
  }

  interface Work {
    void run(long i) throws Exception;
  }

  static double parallel(int n, int threads, Work work, java.util.function.BooleanSupplier done, DataSource ds)
      throws Exception {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS public.raw_rows (id BIGSERIAL PRIMARY KEY, record_type TEXT, "
          + "record_id TEXT, version INT, body BYTEA, created_at TIMESTAMPTZ)");
    }
    List<Thread> workers = new ArrayList<>();
    java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicReference<Exception> failure = new java.util.concurrent.atomic.AtomicReference<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Thread w = new Thread(() -> {
        for (long i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          try {
            work.run(i);
          } catch (Exception e) {
            failure.set(e);
            return;
          }
        }
      });
      w.start();
      workers.add(w);
    }
    for (Thread w : workers) {
      w.join();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    long committed = System.nanoTime();
    while (!done.getAsBoolean()) {
      LockSupport.parkNanos(1_000_000);
    }
    long end = System.nanoTime();
    log.info("{} transactions: all committed after {} ms, all sequenced {} ms later",
        n, (committed - start) / 1_000_000, (end - committed) / 1_000_000);
    return n / ((end - start) / 1e9);
  }
}

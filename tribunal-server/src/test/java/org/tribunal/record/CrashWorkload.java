package org.tribunal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.proof.ProofVerifier;
import org.tribunal.merkle.tile.EntryBundle;
import org.tribunal.merkle.tile.EntryBundleId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the crash tests do around a server they kill: a stream of business transactions that each
 * commit a few outbox rows (written straight to the database, as a module's transaction would), a
 * watcher that keeps every checkpoint the server published, and the checks afterwards.
 */
final class CrashWorkload implements AutoCloseable {

  private final String jdbcUrl;
  private final Set<String> committed = ConcurrentHashMap.newKeySet();
  private final Map<Long, SignedCheckpoint> seen = new ConcurrentHashMap<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean running = true;
  private final List<Thread> threads = new ArrayList<>();

  CrashWorkload(String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
  }

  /** Starts writing: transactions of 1 to 8 rows, as fast as the database takes them. */
  void startWriting() {
    Thread writer = new Thread(() -> {
      long n = 0;
      try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement(
            "INSERT INTO record.outbox (record_type, record_id, version, body, created_at) VALUES ('test.crash', ?, 1, ?, ?)")) {
          while (running) {
            int rows = 1 + (int) (n % 8);
            List<String> ids = new ArrayList<>(rows);
            for (int i = 0; i < rows; i++) {
              String id = "c-" + (n++);
              ids.add(id);
              insert.setString(1, id);
              insert.setBytes(2, ("{\"id\":\"" + id + "\",\"type\":\"test.crash\",\"version\":1}").getBytes(StandardCharsets.UTF_8));
              insert.setTimestamp(3, Timestamp.from(Instant.now()));
              insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
            committed.addAll(ids); // only once the commit returned
            if (n % 64 == 0) {
              LockSupport.parkNanos(1_000_000); // leave the CPU to the server now and then
            }
          }
        }
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "crash-writer");
    writer.start();
    threads.add(writer);
  }

  /** Starts keeping every checkpoint the current server publishes. */
  void startWatching(Supplier<HttpLog> server, NoteVerifier key) {
    Thread watcher = new Thread(() -> {
      while (running) {
        try {
          SignedCheckpoint cp = server.get().checkpoint();
          cp.verify(key);
          seen.putIfAbsent(cp.checkpoint().size(), cp);
        } catch (Exception e) {
          // the server is down or restarting: keep watching
        }
        LockSupport.parkNanos(100_000_000);
      }
    }, "crash-watcher");
    watcher.setDaemon(true);
    watcher.start();
    threads.add(watcher);
  }

  int committedCount() {
    return committed.size();
  }

  int checkpointsSeen() {
    return seen.size();
  }

  void stopWriting() throws InterruptedException {
    running = false;
    for (Thread t : threads) {
      t.join(10_000);
    }
    assertThat(failure.get()).as("the writer failed").isNull();
  }

  long outboxSize() throws SQLException {
    return single("SELECT count(*) FROM record.outbox");
  }

  /**
   * Waits until the outbox is empty. A loaded machine may drain slowly, so the wait is long, but it
   * fails early, with what the database and the server were doing, when the outbox stops shrinking
   * for {@code stall}: a hang must not hide behind a generous timeout.
   *
   * @param stall how long the outbox may stay the same size
   * @param atMost how long the whole drain may take
   * @param server what the server was doing, for the failure message (e.g. its thread dump)
   */
  void awaitDrained(Duration stall, Duration atMost, Supplier<String> server) {
    AtomicLong last = new AtomicLong(-1);
    AtomicLong shrankAt = new AtomicLong(System.nanoTime());
    await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> {
      long size = outboxSize();
      if (size == 0) {
        return true;
      }
      if (last.getAndSet(size) != size) {
        shrankAt.set(System.nanoTime());
      } else if (System.nanoTime() - shrankAt.get() > stall.toNanos()) {
        throw new AssertionError("the outbox stayed at " + size + " entries for " + stall
            + "\n-- database activity --\n" + databaseActivity() + "\n-- server --\n" + server.get());
      }
      return false;
    });
  }

  /** Returns every other session of the database: state, what it waits on, its query. */
  String databaseActivity() throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("""
            SELECT pid, state, wait_event_type, wait_event, pg_blocking_pids(pid), xact_start, left(query, 200)
            FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
            """)) {
      while (rs.next()) {
        out.append(rs.getInt(1)).append(' ').append(rs.getString(2)).append(' ')
            .append(rs.getString(3)).append('/').append(rs.getString(4))
            .append(" blocked by ").append(rs.getString(5))
            .append(" since ").append(rs.getString(6)).append(": ").append(rs.getString(7)).append('\n');
      }
    }
    return out.toString();
  }

  long single(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Checks the log served by {@code server} against what was committed: every committed change has
   * exactly one entry, no index is used twice, the tree is the one the final checkpoint signs, and it
   * is consistent with every checkpoint seen before.
   *
   * @return the final checkpoint
   */
  Checkpoint verify(HttpLog server, NoteVerifier key, JsonMapper json) throws Exception {
    Checkpoint last = server.audit(key);
    long size = last.size();
    Map<String, Integer> inLog = new HashMap<>();
    for (long b = 0; b * 256 < size; b++) {
      EntryBundle bundle = server.readEntryBundle(EntryBundleId.inTree(b, size));
      for (int i = 0; i < bundle.width(); i++) {
        JsonNode entry = json.readTree(bundle.entry(i));
        if ("test.crash".equals(entry.get("type").asString())) {
          inLog.merge(entry.get("id").asString(), 1, Integer::sum);
        }
      }
    }
    assertThat(inLog.values()).as("changes with more than one entry").allMatch(count -> count == 1);
    Set<String> missing = new java.util.HashSet<>(committed);
    missing.removeAll(inLog.keySet());
    assertThat(missing).as("committed changes missing from the log").isEmpty();
    Set<String> extra = new java.util.HashSet<>(inLog.keySet());
    extra.removeAll(committed);
    assertThat(extra).as("changes in the log that were never committed").isEmpty();

    String indexes = "record.entry_ref e LEFT JOIN record.entry_index x ON x.outbox_id = e.outbox_id";
    assertThat(single("SELECT count(*) FROM " + indexes + " WHERE coalesce(e.log_index, x.log_index) IS NULL")).isZero();
    assertThat(single("SELECT count(*) FROM record.entry_index")).isEqualTo(single("SELECT count(*) FROM " + indexes + " WHERE x.outbox_id IS NOT NULL"));
    assertThat(single("SELECT count(DISTINCT coalesce(e.log_index, x.log_index)) FROM " + indexes))
        .isEqualTo(single("SELECT count(*) FROM record.entry_ref"))
        .isEqualTo(size);

    for (SignedCheckpoint old : new TreeMap<>(seen).values()) {
      Checkpoint before = old.verify(key);
      if (before.size() == 0 || before.size() == size) {
        continue;
      }
      JsonNode proof = json.readTree(server.text("/api/v1/record/proofs/consistency?from=" + before.size() + "&to=" + size));
      List<Hash> hashes = proof.get("hashes").valueStream()
          .map(n -> Hash.of(java.util.Base64.getDecoder().decode(n.asString()))).toList();
      ProofVerifier.verifyConsistency(before.size(), size, before.root(), last.root(), hashes);
    }
    return last;
  }

  @Override
  public void close() {
    running = false;
  }

  static String text(HttpLog log, String path) throws IOException {
    return log.text(path);
  }
}

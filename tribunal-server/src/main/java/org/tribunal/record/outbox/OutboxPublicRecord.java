package org.tribunal.record.outbox;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.record.ConcurrentAppend;
import org.tribunal.record.EntryRejectedException;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.record.Sealed;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes entries to the outbox table in the caller's transaction. The sequencer later moves them into
 * the log in the order they were written.
 */
@Service
class OutboxPublicRecord implements PublicRecord {

  /** DESIGN.md: an entry is at most 64 KiB of canonical JSON. */
  static final int MAX_ENTRY_BYTES = 64 * 1024;

  /**
   * Entries per {@code COPY} of a bulk append: the statement trigger's transition table holds a whole
   * part, so a part stays a few megabytes.
   */
  static final int COPY_ROWS = 20_000;

  private final JdbcTemplate template;
  private final javax.sql.DataSource dataSource;
  private final JsonMapper json;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private volatile @Nullable Boolean preparedTransactions;

  @org.springframework.beans.factory.annotation.Autowired
  OutboxPublicRecord(JdbcTemplate template, javax.sql.DataSource dataSource, JsonMapper json) {
    this(template, dataSource, json, Clock.systemUTC());
  }

  OutboxPublicRecord(JdbcTemplate template, javax.sql.DataSource dataSource, JsonMapper json, Clock clock) {
    this.template = template;
    this.dataSource = dataSource;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void append(RecordEntry entry) {
    requireTransaction();
    write(entry, CanonicalEntry.of(json, entry, clock.instant(), entry.data()));
  }

  @Override
  public Sealed appendSealed(RecordEntry entry) {
    requireTransaction();
    byte[] salt = new byte[32];
    random.nextBytes(salt);
    Hash commitment = commit(salt, CanonicalEntry.canonical(json, entry.data()));
    Map<String, Object> sealed = new LinkedHashMap<>();
    sealed.put("commitment", commitment.toHex());
    sealed.put("scheme", "sha256(salt || rfc8785(content))");
    write(entry, CanonicalEntry.of(json, entry, clock.instant(), sealed));
    return new Sealed(HexFormat.of().formatHex(salt), commitment);
  }

  @Override
  public void appendAll(java.util.List<RecordEntry> entries) {
    requireTransaction();
    if (entries.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    String recordedAt = CanonicalEntry.recordedAt(now);
    int n = entries.size();
    if (n <= COPY_ROWS) {
      copy(encode(entries, 0, n, recordedAt), now);
      return;
    }
    // Several COPYs: while PostgreSQL stores one part (and its statement trigger claims the part's
    // entry_refs), a second thread builds and encodes the next, so the caller's core and the database's
    // work at the same time instead of in turn. Each COPY is one statement of the caller's transaction:
    // if one fails, the transaction fails, and none of the entries is appended.
    ExecutorService encoder = Executors.newSingleThreadExecutor(daemon("record-append-encoder"));
    try {
      Future<Encoded> next = encoder.submit(() -> encode(entries, 0, COPY_ROWS, recordedAt));
      for (int from = 0; from < n; from += COPY_ROWS) {
        Encoded part = await(next);
        int nextFrom = from + COPY_ROWS;
        if (nextFrom < n) {
          int nextTo = Math.min(nextFrom + COPY_ROWS, n);
          next = encoder.submit(() -> encode(entries, nextFrom, nextTo, recordedAt));
        }
        copy(part, now);
      }
    } finally {
      encoder.shutdownNow();
    }
  }

  @Override
  public ConcurrentAppend appendConcurrently() {
    requireTransaction();
    if (preparedTransactions()) {
      return PreparedAppend.open(this, dataSource, template, clock.instant());
    }
    return new KeptAppend(this);
  }

  /**
   * Whether the database can prepare transactions ({@code max_prepared_transactions} above 0, a setting
   * read when PostgreSQL starts): without it, a concurrent append keeps its entries for the caller's
   * transaction.
   */
  private boolean preparedTransactions() {
    Boolean known = preparedTransactions;
    if (known == null) {
      Integer max = template.queryForObject("SELECT current_setting('max_prepared_transactions')::int", Integer.class);
      known = max != null && max > 0;
      preparedTransactions = known;
    }
    return known;
  }

  /** Entries and their canonical bytes, ready for one {@code COPY}. */
  record Encoded(RecordEntry[] entries, byte[][] bodies) {}

  /** Encodes entries {@code from} to {@code to} (exclusive), refusing one too large. */
  Encoded encode(java.util.List<RecordEntry> entries, int from, int to, String recordedAt) {
    RecordEntry[] part = new RecordEntry[to - from];
    byte[][] bodies = new byte[to - from][];
    for (int i = from; i < to; i++) {
      RecordEntry entry = entries.get(i);
      byte[] body = CanonicalEntry.of(json, entry, recordedAt, entry.data());
      if (body.length > MAX_ENTRY_BYTES) {
        throw EntryRejectedException.tooLarge(entry.type(), entry.id(), body.length, MAX_ENTRY_BYTES);
      }
      part[i - from] = entry;
      bodies[i - from] = body;
    }
    return new Encoded(part, bodies);
  }

  private void copy(Encoded part, Instant now) {
    try (OutboxCopy copy = OutboxCopy.open(dataSource, now)) {
      copy.write(part);
    }
  }

  /** Returns a factory of daemon threads with this name, for the threads that encode and write parts. */
  static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Waits for a part encoded or written in another thread, and throws what it threw (a duplicate or
   * too large entry as the {@link EntryRejectedException} it is).
   */
  static <T> T await(Future<T> part) {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing record entries", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("writing record entries failed", e.getCause());
    }
  }

  /**
   * Refuses to append outside the caller's transaction, as {@code @Transactional(propagation =
   * MANDATORY)} would, but without the transaction interceptor: per single append it resolved the
   * transaction manager (an annotation scan) and built and committed a participating transaction
   * status, a fifth of the append's Java time in JFR samples.
   */
  private static void requireTransaction() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalTransactionStateException(
          "No existing transaction found for transaction marked with propagation 'mandatory'");
    }
  }

  /**
   * Returns the commitment to content: SHA-256 of the salt followed by the canonical JSON bytes.
   *
   * @param salt the salt's bytes
   * @param canonicalContent the content's RFC 8785 bytes
   * @return the commitment
   */
  static Hash commit(byte[] salt, byte[] canonicalContent) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(canonicalContent);
      return Hash.of(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private void write(RecordEntry entry, byte[] body) {
    if (body.length > MAX_ENTRY_BYTES) {
      throw EntryRejectedException.tooLarge(entry.type(), entry.id(), body.length, MAX_ENTRY_BYTES);
    }
    try {
      // plain JdbcTemplate and the timestamp as ISO text: the named-parameter parsing and the JDBC
      // driver's calendar-based timestamp binding were a sixth of a single append's Java time
      template.update(
          """
          INSERT INTO record.outbox (record_type, record_id, version, body, created_at)
          VALUES (?, ?, ?, ?, ?::timestamptz)
          """,
          ps -> {
            ps.setString(1, entry.type());
            ps.setString(2, entry.id());
            ps.setInt(3, entry.version());
            ps.setBytes(4, body);
            ps.setString(5, clock.instant().toString());
          });
    } catch (DuplicateKeyException e) {
      throw EntryRejectedException.duplicate(entry.type(), entry.id(), entry.version());
    }
  }
}

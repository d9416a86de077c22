package org.tribunal.record.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tribunal.record.ConcurrentAppend;
import org.tribunal.record.RecordEntry;

/**
 * A {@link ConcurrentAppend} that writes its entries on a connection of its own, in a transaction of
 * its own, bound to the caller's by PostgreSQL's two-phase commit:
 *
 * <ol>
 *   <li>When it opens, the caller's transaction takes an advisory lock named after this append's global
 *       transaction id ({@value #GID_PREFIX}...), held until the caller's transaction ends.
 *   <li>While the caller adds entries, parts of {@value OutboxPublicRecord#COPY_ROWS} are encoded by one
 *       thread and written by another through {@code COPY} on the own connection, so PostgreSQL stores
 *       them on a second backend while the caller's goes on with its own statements.
 *   <li>{@link #finish()} waits for the last part, runs {@code PREPARE TRANSACTION} (the rows and their
 *       claims survive a crash from here on, and stay invisible), and inserts the id into
 *       {@code record.prepared_append} in the caller's transaction: the decision.
 *   <li>When the caller's transaction has ended, {@code COMMIT PREPARED} if it committed (the decision is
 *       then visible), {@code ROLLBACK PREPARED} if not.
 * </ol>
 *
 * <p>If the process dies between the two ends, {@link PreparedAppendResolver} finishes the job from the
 * decision: a prepared append whose advisory lock is free (its caller is gone) is committed if its id
 * is in {@code record.prepared_append}, rolled back otherwise.
 *
 * <p>Used from the thread that opened it; its two threads only encode and write.
 */
final class PreparedAppend implements ConcurrentAppend {

  /** The global transaction ids of prepared appends start with this. */
  static final String GID_PREFIX = "tribunal-record-append-";

  /** The advisory lock that says a prepared append's caller is alive: (this class key, hash of its id). */
  static final String LOCK_ARGUMENTS = "hashtext('record.prepared_append'), hashtext(?)";

  /** Parts written or being written at most, so that the caller cannot run far ahead of the database. */
  private static final int PARTS_IN_FLIGHT = 3;

  private static final Logger log = LoggerFactory.getLogger(PreparedAppend.class);

  /** Adding entries; their transaction prepared; finished with no entry (nothing to end); given up. */
  private enum State { OPEN, PREPARED, EMPTY, GIVEN_UP }

  private final OutboxPublicRecord record;
  private final DataSource dataSource;
  private final JdbcTemplate template;
  private final String gid;
  private final Instant now;
  private final String recordedAt;
  /** The own connection, taken when the first part is sent (an append of nothing takes none). */
  private @Nullable Connection connection;
  private final ExecutorService encoder;
  private final ExecutorService writer;
  private final Deque<Future<?>> parts = new ArrayDeque<>();
  private List<RecordEntry> part = new ArrayList<>();
  private State state = State.OPEN;

  private PreparedAppend(OutboxPublicRecord record, DataSource dataSource, JdbcTemplate template, String gid,
      Instant now) {
    this.record = record;
    this.dataSource = dataSource;
    this.template = template;
    this.gid = gid;
    this.now = now;
    this.recordedAt = CanonicalEntry.recordedAt(now);
    this.encoder = Executors.newSingleThreadExecutor(OutboxPublicRecord.daemon("record-prepared-encoder"));
    this.writer = Executors.newSingleThreadExecutor(OutboxPublicRecord.daemon("record-prepared-writer"));
  }

  /**
   * Opens an append bound to the current transaction.
   *
   * @param template runs statements in the caller's transaction
   */
  static PreparedAppend open(OutboxPublicRecord record, DataSource dataSource, JdbcTemplate template, Instant now) {
    String gid = GID_PREFIX + UUID.randomUUID();
    template.query("SELECT pg_advisory_xact_lock(" + LOCK_ARGUMENTS + ")", rs -> { }, gid);
    PreparedAppend append = new PreparedAppend(record, dataSource, template, gid, now);
    TransactionSynchronizationManager.registerSynchronization(append.new Ending());
    return append;
  }

  @Override
  public void add(RecordEntry entry) {
    if (state != State.OPEN) {
      throw new IllegalStateException("this append is finished or given up");
    }
    part.add(entry);
    if (part.size() == OutboxPublicRecord.COPY_ROWS) {
      send();
    }
  }

  /** Hands the current part to the encoder and the writer, waiting for the oldest part if too many are out. */
  private void send() {
    Connection connection = connection();
    List<RecordEntry> entries = part;
    part = new ArrayList<>();
    Future<OutboxPublicRecord.Encoded> encoded =
        encoder.submit(() -> record.encode(entries, 0, entries.size(), recordedAt));
    parts.add(writer.submit(() -> {
      try (OutboxCopy copy = OutboxCopy.open(connection, now)) {
        copy.write(OutboxPublicRecord.await(encoded));
      }
    }));
    while (parts.size() > PARTS_IN_FLIGHT) {
      OutboxPublicRecord.await(parts.removeFirst());
    }
  }

  /** Returns the own connection, taking it from the pool and starting its transaction the first time. */
  private Connection connection() {
    if (connection == null) {
      try {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
          // the statement trigger's transition table holds a whole part in memory
          s.execute("SET LOCAL work_mem = '64MB'");
        }
        connection = c;
      } catch (SQLException e) {
        throw new IllegalStateException("cannot open a second connection for record entries", e);
      }
    }
    return connection;
  }

  @Override
  public void finish() {
    if (state != State.OPEN) {
      return;
    }
    if (!part.isEmpty()) {
      send();
    }
    while (!parts.isEmpty()) {
      OutboxPublicRecord.await(parts.removeFirst());
    }
    if (connection == null) {
      // nothing was added: nothing to prepare or to decide
      state = State.EMPTY;
      release();
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.execute("PREPARE TRANSACTION '" + gid + "'");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the record entries' transaction", e);
    }
    state = State.PREPARED;
    release();
    template.update("INSERT INTO record.prepared_append (gid) VALUES (?)", gid);
  }

  @Override
  public void close() {
    if (state == State.OPEN) {
      state = State.GIVEN_UP;
      release();
    }
  }

  /** Stops the threads and gives the own connection back (rolling back what it has not prepared). */
  private void release() {
    encoder.shutdownNow();
    writer.shutdownNow();
    try {
      if (!writer.awaitTermination(60, TimeUnit.SECONDS)) {
        log.warn("record entries still being written for {} after 60 s", gid);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Connection c = connection;
    if (c == null) {
      return;
    }
    try {
      if (state != State.PREPARED) {
        c.rollback();
      }
      c.setAutoCommit(true);
      c.close();
    } catch (SQLException e) {
      log.warn("cannot give back the connection of {}", gid, e);
    }
  }

  /** Ends the prepared transaction as the caller's ended. */
  private final class Ending implements TransactionSynchronization {

    @Override
    public void beforeCommit(boolean readOnly) {
      if (state == State.GIVEN_UP) {
        throw new IllegalStateException("record entries were given up; the transaction cannot commit without them");
      }
      finish();
    }

    @Override
    public void afterCompletion(int status) {
      if (state == State.OPEN) {
        state = State.GIVEN_UP;
        release();
        return;
      }
      if (state != State.PREPARED) {
        return;
      }
      if (status == STATUS_UNKNOWN) {
        // the commit's outcome is unknown here (the connection broke during it); the decision row knows
        log.warn("the transaction that prepared {} ended without a known outcome; left to the resolver", gid);
        return;
      }
      boolean committed = status == STATUS_COMMITTED;
      try {
        PreparedAppendResolver.end(dataSource, gid, committed);
      } catch (RuntimeException e) {
        // the resolver ends it later, from the decision
        log.warn("could not {} the record entries of {} now; left to the resolver", committed ? "commit" : "roll back",
            gid, e);
      }
    }
  }
}

package org.tribunal.record.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.merkle.integrate.Integration;
import org.tribunal.merkle.integrate.Integrator;
import org.tribunal.merkle.tile.TileId;
import org.tribunal.merkle.tile.TileReader;
import org.tribunal.record.EntriesSequenced;
import org.tribunal.record.config.RecordProperties;

/**
 * Moves entries from the outbox into the log. One instance leads (see {@link
 * SequencerLeadership}); the others wait as standbys. The leader takes a batch of up to {@code
 * batch-size} entries once the batch is full or its oldest entry is {@code max-age} old, and in one
 * transaction writes the entry bundles and tiles, advances the tree size with a compare-and-set on the
 * old size, deletes the outbox rows, records each entry's log index and publishes {@link
 * EntriesSequenced}.
 *
 * <p>The leader keeps the tree's state and its right-edge tiles in memory between batches; any
 * failure (including losing the compare-and-set) drops them and the next batch starts from the
 * database. A full batch's transaction also reads the next batch, and a second thread integrates it
 * in memory while the first commits, so the sequencer thread has it ready when the commit returns.
 */
@Component
public class Sequencer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(Sequencer.class);
  private static final Duration RETRY_AFTER = Duration.ofMillis(200);
  // as long as a statement of the batch's own transaction may run (LogStore.boundWaits)
  private static final Duration READ_AHEAD_TIMEOUT = Duration.ofSeconds(60);

  private final LogStore store;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;
  private final RecordProperties.Sequencer settings;
  private final SequencerLeadership leadership;
  private final Clock clock;

  private volatile boolean running;
  private volatile boolean leader;
  private @Nullable Thread thread;

  // The tree as of the last committed batch; only the sequencer thread touches it.
  private @Nullable TreeHead cached;
  private final RecentTiles recent;
  // The next batch, read and integrated while the last one committed; only the sequencer thread
  // touches these fields, and it leaves `recent` to the read-ahead thread while one is in flight.
  private @Nullable Prepared readAhead;
  private @Nullable Future<@Nullable Prepared> inFlight;
  private @Nullable ExecutorService readAheadPool;

  @Autowired
  Sequencer(
      LogStore store,
      TransactionTemplate tx,
      ApplicationEventPublisher events,
      RecordProperties properties,
      DataSource dataSource) {
    this(store, tx, events, properties.sequencer(), new SequencerLeadership(dataSource), Clock.systemUTC());
  }

  Sequencer(
      LogStore store,
      TransactionTemplate tx,
      ApplicationEventPublisher events,
      RecordProperties.Sequencer settings,
      SequencerLeadership leadership,
      Clock clock) {
    this.store = store;
    this.tx = tx;
    this.events = events;
    this.settings = settings;
    this.leadership = leadership;
    this.clock = clock;
    this.recent = new RecentTiles(store.reader());
  }

  /** Returns whether this instance currently sequences. */
  public boolean isLeader() {
    return leader;
  }

  @Override
  public void start() {
    if (!settings.enabled() || running) {
      return;
    }
    running = true;
    Thread t = new Thread(this::run, "record-sequencer");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  @Override
  public void stop() {
    running = false;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
      try {
        t.join(TimeUnit.SECONDS.toMillis(2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    try {
      while (running) {
        try {
          if (!leadership.holdOrAcquire()) {
            if (leader) {
              log.warn("This instance is no longer the sequencer");
            }
            leader = false;
            forget();
            park(settings.standbyPoll());
            continue;
          }
          if (!leader) {
            log.info("This instance is now the record's sequencer");
            forget();
            leader = true;
          }
          long waitMillis = integrateOnce(true);
          if (waitMillis > 0) {
            park(Duration.ofMillis(waitMillis));
          }
        } catch (RuntimeException e) {
          if (running) {
            log.warn("Sequencing a batch failed; retrying from the stored tree: {}", e.toString());
          }
          forget();
          park(RETRY_AFTER);
        } catch (Error e) {
          // An Error must not end this thread: the outbox would stop draining, with nothing logged
          // but a stack trace on stderr, until the process restarts.
          if (running) {
            log.error("Sequencing a batch failed with an error; retrying from the stored tree", e);
          }
          forget();
          park(RETRY_AFTER);
        }
      }
    } finally {
      leader = false;
      leadership.close();
    }
  }

  /**
   * Integrates every entry waiting in the outbox, batch after batch, without waiting for batches to
   * fill. For tools and benchmarks on an instance whose background sequencer is disabled.
   *
   * @return how many entries were integrated
   * @throws IllegalStateException if another instance holds the sequencer lock
   */
  public synchronized long drain() {
    if (running) {
      throw new IllegalStateException("the background sequencer is running; it drains the outbox itself");
    }
    if (!leadership.holdOrAcquire()) {
      throw new IllegalStateException("another instance is the sequencer");
    }
    long before = store.head().size();
    while (integrateOnce(false) == 0) {
      // next batch
    }
    return store.head().size() - before;
  }

  /**
   * Integrates one batch if there is one ready.
   *
   * <p>When a batch was full, more entries are probably waiting: its transaction also reads the next
   * batch, and while it commits a second thread integrates that batch onto the tree this one leaves.
   * The next call uses that work only if the tree is still where it was expected and, in the
   * background, only if the batch read ahead is full (otherwise it reads again and waits for {@code
   * max-age} as usual). The batch read ahead is stored like any other: in its own transaction, with
   * the compare-and-set on the tree size and the check that every outbox row it read is still there
   * to delete. Any failure drops it together with the rest of the cached state.
   *
   * @return 0 if a batch was integrated, otherwise how many milliseconds to wait
   */
  private long integrateOnce(boolean waitForBatch) {
    Prepared ready = readAhead;
    readAhead = null;
    Step step;
    try {
      step =
          tx.execute(
              status -> {
                store.boundWaits();
                TreeHead head = cached != null ? cached : store.head();
                int limit = limit(head.size());
                Prepared prepared;
                if (ready != null
                    && ready.oldSize() == head.size()
                    && ready.batch().size() <= limit
                    && (!waitForBatch || ready.batch().size() == limit)) {
                  prepared = ready;
                } else {
                  List<PendingEntry> batch = store.pending(limit);
                  if (batch.isEmpty()) {
                    return new Step(Math.max(1, settings.poll().toMillis()), null);
                  }
                  if (waitForBatch && batch.size() < limit) {
                    Instant oldest = batch.get(0).createdAt();
                    for (PendingEntry e : batch) {
                      oldest = e.createdAt().isBefore(oldest) ? e.createdAt() : oldest;
                    }
                    long age = Duration.between(oldest, clock.instant()).toMillis();
                    long maxAge = settings.maxAge().toMillis();
                    if (age < maxAge) {
                      return new Step(Math.min(maxAge - age, Math.max(1, settings.poll().toMillis())), null);
                    }
                  }
                  prepared = prepare(head.size(), batch, recent);
                }
                store(prepared);
                if (prepared.batch().size() == limit) {
                  readAhead(prepared, waitForBatch);
                }
                return new Step(0, prepared.integration());
              });
    } catch (RuntimeException | Error e) {
      try {
        awaitReadAhead();
      } catch (RuntimeException second) {
        e.addSuppressed(second);
      }
      throw e;
    }
    Prepared next = awaitReadAhead();
    if (step == null) {
      throw new IllegalStateException("transaction returned nothing");
    }
    if (step.result() != null) {
      remember(step.result());
      readAhead = next;
    }
    return step.waitMillis();
  }

  /**
   * Returns how many entries the next batch takes: the batch size, shortened so that a full batch
   * ends on a tile boundary. Then the next batch starts new tiles and bundles instead of rewriting the
   * partial ones this batch left at the right edge.
   */
  private int limit(long treeSize) {
    int size = settings.batchSize();
    int offset = (int) (treeSize % TileId.FULL_WIDTH);
    return size > TileId.FULL_WIDTH ? size - offset : size;
  }

  /** Integrates a batch onto the tree of {@code treeSize} in memory; writes nothing. */
  private static Prepared prepare(long treeSize, List<PendingEntry> batch, TileReader rightEdge) {
    List<byte[]> bodies = new ArrayList<>(batch.size());
    for (PendingEntry e : batch) {
      bodies.add(e.body());
    }
    try {
      return new Prepared(treeSize, batch, Integrator.appendEntries(treeSize, bodies, rightEdge));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tree's right edge", e);
    }
  }

  /** Stores an integrated batch in the current transaction and publishes {@link EntriesSequenced}. */
  private void store(Prepared prepared) {
    List<PendingEntry> batch = prepared.batch();
    Integration integration = prepared.integration();
    long first = prepared.oldSize();
    LogStore.StoredBatch stored = store.store(integration, batch, first, clock.instant());
    if (!stored.advanced()) {
      throw new IllegalStateException("the tree moved past size " + first + " under this sequencer");
    }
    if (stored.removed() != batch.size()) {
      throw new IllegalStateException(
          "removed " + stored.removed() + " of " + batch.size() + " outbox rows; another sequencer took them");
    }
    if (stored.indexed() != batch.size()) {
      throw new IllegalStateException("indexed " + stored.indexed() + " of " + batch.size() + " entries");
    }
    List<EntriesSequenced.SequencedEntry> sequenced = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      PendingEntry e = batch.get(i);
      sequenced.add(new EntriesSequenced.SequencedEntry(e.type(), e.id(), e.version(), first + i));
    }
    events.publishEvent(new EntriesSequenced(first, integration.newSize(), sequenced));
  }

  /**
   * Reads the batch after {@code current} in {@code current}'s transaction, after its outbox rows
   * were deleted, so it reads exactly what a new transaction would once this one commits (except rows
   * committed meanwhile, which the batch after takes); then starts integrating it on the read-ahead
   * thread, which reads the right edge from {@code current}'s tiles, then from {@link #recent}: this
   * thread leaves {@code recent} alone until {@link #awaitReadAhead}.
   */
  private void readAhead(Prepared current, boolean onlyIfFull) {
    long treeSize = current.integration().newSize();
    int limit = limit(treeSize);
    List<PendingEntry> next = store.pending(limit);
    if (next.isEmpty() || (onlyIfFull && next.size() < limit)) {
      return;
    }
    TileReader rightEdge = recent.after(current.integration());
    inFlight = readAheadThread().submit(() -> prepare(treeSize, next, rightEdge));
  }

  /**
   * Waits for the batch being read ahead, if any.
   *
   * @return it, or null if none was started or it failed (then the next batch is read as usual)
   */
  private @Nullable Prepared awaitReadAhead() {
    Future<@Nullable Prepared> f = inFlight;
    inFlight = null;
    if (f == null) {
      return null;
    }
    try {
      return f.get(READ_AHEAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      log.debug("Reading the next batch ahead failed; it is read again", e.getCause());
      return null;
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new IllegalStateException("reading the next batch ahead took longer than " + READ_AHEAD_TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw new IllegalStateException("interrupted while reading the next batch ahead", e);
    }
  }

  private synchronized ExecutorService readAheadThread() {
    ExecutorService pool = readAheadPool;
    if (pool == null) {
      // one thread, ended after a second idle, so a stopped or standby sequencer keeps none
      ThreadPoolExecutor executor =
          new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "record-sequencer-read-ahead");
            t.setDaemon(true);
            return t;
          });
      executor.allowCoreThreadTimeOut(true);
      readAheadPool = executor;
      pool = executor;
    }
    return pool;
  }

  private void remember(Integration integration) {
    cached = new TreeHead(integration.newSize(), integration.root());
    recent.remember(integration);
  }

  private void forget() {
    readAhead = null;
    cached = null;
    recent.clear();
  }

  private static void park(Duration duration) {
    LockSupport.parkNanos(duration.toNanos());
  }

  private record Step(long waitMillis, @Nullable Integration result) {}

  /** A batch read from the outbox and integrated onto the tree of {@code oldSize}, not yet stored. */
  private record Prepared(long oldSize, List<PendingEntry> batch, Integration integration) {}
}

package org.tribunal.record.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * database.
 */
@Component
public class Sequencer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(Sequencer.class);
  private static final Duration RETRY_AFTER = Duration.ofMillis(200);

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
   * @return 0 if a batch was integrated, otherwise how many milliseconds to wait
   */
  private long integrateOnce(boolean waitForBatch) {
    Step step =
        tx.execute(
            status -> {
              store.boundWaits();
              int limit = limit(cached != null ? cached.size() : store.head().size());
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
              return new Step(0, integrate(batch));
            });
    if (step == null) {
      throw new IllegalStateException("transaction returned nothing");
    }
    if (step.result() != null) {
      remember(step.result());
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

  private Integration integrate(List<PendingEntry> batch) {
    TreeHead head = cached != null ? cached : store.head();
    List<byte[]> bodies = new ArrayList<>(batch.size());
    for (PendingEntry e : batch) {
      bodies.add(e.body());
    }
    Integration integration;
    try {
      integration = Integrator.appendEntries(head.size(), bodies, recent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tree's right edge", e);
    }
    long first = head.size();
    store.write(integration);
    if (!store.advance(first, new TreeHead(integration.newSize(), integration.root()), clock.instant())) {
      throw new IllegalStateException("the tree moved past size " + first + " under this sequencer");
    }
    int removed = store.removeFromOutbox(batch);
    if (removed != batch.size()) {
      throw new IllegalStateException(
          "removed " + removed + " of " + batch.size() + " outbox rows; another sequencer took them");
    }
    int indexed = store.assignIndexes(batch, first);
    if (indexed != batch.size()) {
      throw new IllegalStateException("indexed " + indexed + " of " + batch.size() + " entries");
    }
    List<EntriesSequenced.SequencedEntry> sequenced = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      PendingEntry e = batch.get(i);
      sequenced.add(new EntriesSequenced.SequencedEntry(e.type(), e.id(), e.version(), first + i));
    }
    events.publishEvent(new EntriesSequenced(first, integration.newSize(), sequenced));
    return integration;
  }

  private void remember(Integration integration) {
    cached = new TreeHead(integration.newSize(), integration.root());
    recent.remember(integration);
  }

  private void forget() {
    cached = null;
    recent.clear();
  }

  private static void park(Duration duration) {
    LockSupport.parkNanos(duration.toNanos());
  }

  private record Step(long waitMillis, @Nullable Integration result) {}
}

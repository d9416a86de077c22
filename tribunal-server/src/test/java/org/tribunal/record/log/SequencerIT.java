package org.tribunal.record.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.proof.ConsistencyProof;
import org.tribunal.merkle.proof.InclusionProof;
import org.tribunal.record.EntriesSequenced;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.record.RecordQueries;
import org.tribunal.record.config.RecordProperties;
import org.tribunal.support.IntegrationTest;

@IntegrationTest
class SequencerIT {

  @Autowired PublicRecord record;
  @Autowired RecordQueries queries;
  @Autowired LogStore store;
  @Autowired Sequencer sequencer;
  @Autowired TransactionTemplate tx;
  @Autowired Events events;
  @Autowired RecordProperties properties;
  @Autowired DataSource dataSource;

  @TestConfiguration
  static class Listen {
    @Bean
    Events events() {
      return new Events();
    }
  }

  static class Events {
    final List<EntriesSequenced> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void on(EntriesSequenced e) {
      seen.add(e);
    }
  }

  @Test
  void givesEveryCommittedEntryOneIndexAndBuildsTheTreeFromThem() throws Exception {
    String id = UUID.randomUUID().toString();
    for (int t = 0; t < 30; t++) {
      int base = t * 100;
      tx.executeWithoutResult(s -> {
        for (int v = base + 1; v <= base + 100; v++) {
          record.append(new RecordEntry("test.thing", id, v, null, "tester", null, Map.of("n", v)));
        }
      });
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> queries.findIndex("test.thing", id, 3000).isPresent());
    await().atMost(Duration.ofSeconds(30)).until(() -> store.outboxSize() == 0);

    assertThat(sequencer.isLeader()).isTrue();
    Set<Long> indexes = new HashSet<>();
    for (int v = 1; v <= 3000; v++) {
      OptionalLong index = queries.findIndex("test.thing", id, v);
      assertThat(index).isPresent();
      assertThat(indexes.add(index.getAsLong())).isTrue();
    }
    assertThat(queries.history("test.thing", id)).hasSize(3000).allMatch(r -> r.isSequenced());

    TreeHead head = store.head();
    List<byte[]> entries = new ArrayList<>();
    for (long i = 0; i < head.size(); i++) {
      entries.add(store.entry(i).orElseThrow());
    }
    assertThat(referenceRoot(entries, 0, entries.size())).isEqualTo(head.root());
    long index = queries.findIndex("test.thing", id, 1234).getAsLong();
    assertThat(new String(store.entry(index).orElseThrow())).contains("\"version\":1234");

    // proofs from the stored tiles verify against the stored root
    InclusionProof inclusion = InclusionProof.generate(index, head.size(), store.nodes(head.size()));
    inclusion.verify(Rfc6962.leafHash(store.entry(index).orElseThrow()), head.root());
    Hash oldRoot = referenceRoot(entries, 0, 1000);
    ConsistencyProof.generate(1000, head.size(), store.nodes(head.size())).verify(oldRoot, head.root());

    await().atMost(Duration.ofSeconds(5))
        .until(() -> events.seen.stream().mapToLong(e -> e.entries().stream().filter(x -> x.id().equals(id)).count()).sum() == 3000);
    EntriesSequenced.SequencedEntry seen =
        events.seen.stream().flatMap(e -> e.entries().stream()).filter(e -> e.version() == 1234 && e.id().equals(id)).findFirst().orElseThrow();
    assertThat(seen.logIndex()).isEqualTo(index);
  }

  @Test
  void keepsSequencingAfterABatchFailsWithAnError() {
    AtomicBoolean failed = new AtomicBoolean();
    ApplicationEventPublisher failingOnce = event -> {
      if (failed.compareAndSet(false, true)) {
        throw new AssertionError("an Error while the batch was published");
      }
    };
    sequencer.stop(); // releases the lock to the sequencer under test
    await().atMost(Duration.ofSeconds(30)).until(() -> !sequencer.isLeader());
    Sequencer failing = new Sequencer(store, tx, failingOnce, properties.sequencer(),
        new SequencerLeadership(dataSource), Clock.systemUTC());
    try {
      failing.start();
      String id = UUID.randomUUID().toString();
      tx.executeWithoutResult(s ->
          record.append(new RecordEntry("test.error", id, 1, null, "tester", null, Map.of())));
      await().atMost(Duration.ofSeconds(30)).until(() -> queries.findIndex("test.error", id, 1).isPresent());
      assertThat(failed).isTrue();
      assertThat(failing.isLeader()).isTrue();
    } finally {
      failing.stop();
      sequencer.start();
    }
  }

  @Test
  void batchesAtMostTheConfiguredSize() {
    int batchSize = properties.sequencer().batchSize();
    int count = 2 * batchSize + 452;
    String id = UUID.randomUUID().toString();
    List<RecordEntry> entries = new ArrayList<>(count);
    for (int v = 1; v <= count; v++) {
      entries.add(new RecordEntry("test.batch", id, v, null, "tester", null, Map.of()));
    }
    tx.executeWithoutResult(s -> record.appendAll(entries));
    await().atMost(Duration.ofSeconds(30)).until(() -> queries.findIndex("test.batch", id, count).isPresent());
    assertThat(events.seen).allMatch(e -> e.entries().size() <= batchSize);
    assertThat(events.seen.stream().filter(e -> e.entries().stream().anyMatch(x -> x.id().equals(id))).count())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void integratesBatchesReadAheadLikeAnyOther() {
    sequencer.stop(); // releases the lock to the sequencer under test
    await().atMost(Duration.ofSeconds(30)).until(() -> !sequencer.isLeader());
    // full batches of 300 (shortened to end on tiles): each one's transaction reads the next one
    RecordProperties.Sequencer small = new RecordProperties.Sequencer(
        true, 300, Duration.ofMillis(100), Duration.ofMillis(20), Duration.ofMillis(500));
    List<EntriesSequenced> batches = new CopyOnWriteArrayList<>();
    Sequencer reading = new Sequencer(store, tx, event -> batches.add((EntriesSequenced) event), small,
        new SequencerLeadership(dataSource), Clock.systemUTC());
    String id = UUID.randomUUID().toString();
    try {
      appendVersions(id, 1, 2000);
      long drained = reading.drain();
      assertThat(drained).isGreaterThanOrEqualTo(2000);
      assertThat(store.outboxSize()).isZero();

      reading.start(); // in the background, where only a full batch read ahead is used
      appendVersions(id, 2001, 3200);
      await().atMost(Duration.ofSeconds(30)).until(() -> queries.findIndex("test.ahead", id, 3200).isPresent());
    } finally {
      reading.stop();
      sequencer.start();
    }

    assertThat(batches).allMatch(b -> b.entries().size() <= 300);
    assertThat(batches.stream().filter(b -> b.entries().size() >= 256)).hasSizeGreaterThanOrEqualTo(8);
    for (int i = 1; i < batches.size(); i++) {
      assertThat(batches.get(i).firstIndex()).isEqualTo(batches.get(i - 1).treeSize());
    }
    Set<Long> indexes = new HashSet<>();
    for (int v = 1; v <= 3200; v++) {
      long index = queries.findIndex("test.ahead", id, v).orElseThrow();
      assertThat(indexes.add(index)).isTrue();
      assertThat(new String(store.entry(index).orElseThrow())).containsPattern("\"version\":" + v + "[,}]");
    }
    TreeHead head = store.head();
    List<byte[]> entries = new ArrayList<>();
    for (long i = 0; i < head.size(); i++) {
      entries.add(store.entry(i).orElseThrow());
    }
    assertThat(referenceRoot(entries, 0, entries.size())).isEqualTo(head.root());
  }

  private void appendVersions(String id, int from, int to) {
    List<RecordEntry> entries = new ArrayList<>();
    for (int v = from; v <= to; v++) {
      entries.add(new RecordEntry("test.ahead", id, v, null, "tester", null, Map.of("n", v)));
    }
    tx.executeWithoutResult(s -> record.appendAll(entries));
  }

  /** The RFC 6962 root, computed the slow way. */
  static Hash referenceRoot(List<byte[]> entries, int from, int to) {
    if (to - from == 1) {
      return Rfc6962.leafHash(entries.get(from));
    }
    int k = Integer.highestOneBit(to - from - 1);
    return Rfc6962.nodeHash(referenceRoot(entries, from, from + k), referenceRoot(entries, from + k, to));
  }
}

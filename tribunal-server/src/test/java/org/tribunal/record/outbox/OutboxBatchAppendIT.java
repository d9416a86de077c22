package org.tribunal.record.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.record.EntryRejectedException;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.shared.SourceRef;
import org.tribunal.support.IntegrationTest;

/** {@link PublicRecord#appendAll}: many entries in one COPY, same rules as one append each. */
@IntegrationTest
@TestPropertySource(properties = "tribunal.record.sequencer.enabled=false")
class OutboxBatchAppendIT {

  @Autowired PublicRecord record;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  @Test
  void writesTheSameCanonicalBodiesAsSingleAppendsInOrder() {
    String batch = UUID.randomUUID().toString();
    List<RecordEntry> entries = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      entries.add(entry(batch + "/" + i + ",\"q\"", 1, Map.of("n", i, "name", "Côte d'Ivoire")));
    }
    tx.executeWithoutResult(s -> record.appendAll(entries));

    List<String> ids = jdbc.sql("SELECT record_id FROM record.outbox WHERE record_id LIKE :p ORDER BY outbox_id")
        .param("p", batch + "/%").query(String.class).list();
    assertThat(ids).hasSize(2_500).first().isEqualTo(batch + "/0,\"q\"");
    assertThat(ids.get(2_499)).isEqualTo(batch + "/2499,\"q\"");
    String body = new String(jdbc.sql("SELECT body FROM record.outbox WHERE record_id = :id")
        .param("id", batch + "/7,\"q\"").query(byte[].class).single(), StandardCharsets.UTF_8);
    assertThat(body).startsWith("{\"actor\":\"tester\",\"data\":{\"n\":7,\"name\":\"Côte d'Ivoire\"},\"id\":")
        .contains("\"validTime\":\"2025-02-24\"");
  }

  @Test
  void refusesTheWholeBatchWhenOneEntryWasAppendedBefore() {
    String id = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> record.append(entry(id, 1, Map.of("k", "v"))));
    String other = UUID.randomUUID().toString();
    assertThatThrownBy(() -> tx.executeWithoutResult(
            s -> record.appendAll(List.of(entry(other, 1, Map.of()), entry(id, 1, Map.of("k", "w"))))))
        .isInstanceOf(EntryRejectedException.class)
        .hasMessageContaining(id);
    assertThat(jdbc.sql("SELECT count(*) FROM record.outbox WHERE record_id = :id").param("id", other)
        .query(Integer.class).single()).isZero();
  }

  @Test
  void refusesTheWholeBatchWhenItHoldsTheSameChangeTwice() {
    String id = UUID.randomUUID().toString();
    String other = UUID.randomUUID().toString();
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> record.appendAll(
            List.of(entry(id, 1, Map.of("k", "v")), entry(other, 1, Map.of()), entry(id, 1, Map.of("k", "w"))))))
        .isInstanceOf(EntryRejectedException.class)
        .hasMessageContaining(id);
    assertThat(jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_id IN (:a, :b)")
        .param("a", id).param("b", other).query(Integer.class).single()).isZero();
  }

  @Test
  void refusesAChangeWhoseEntryAlreadyLeftTheOutbox() {
    String id = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> record.appendAll(List.of(entry(id, 1, Map.of("k", "v")))));
    // what the sequencer does once the entry is in the log; entry_ref keeps the claim
    jdbc.sql("DELETE FROM record.outbox WHERE record_type = 'test.batch' AND record_id = :id").param("id", id).update();

    assertThatThrownBy(() -> tx.executeWithoutResult(s -> record.appendAll(List.of(entry(id, 1, Map.of("k", "w"))))))
        .isInstanceOf(EntryRejectedException.class)
        .hasMessageContaining(id);
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> record.append(entry(id, 1, Map.of("k", "w")))))
        .isInstanceOf(EntryRejectedException.class)
        .hasMessageContaining(id);
    tx.executeWithoutResult(s -> record.appendAll(List.of(entry(id, 2, Map.of("k", "w")))));
    assertThat(jdbc.sql("SELECT version FROM record.entry_ref WHERE record_id = :id ORDER BY version")
        .param("id", id).query(Integer.class).list()).containsExactly(1, 2);
  }

  @Test
  void storesEachRowWithItsOutboxRowAndTheTimeOfTheAppend() {
    String batch = UUID.randomUUID().toString();
    java.time.Instant before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    tx.executeWithoutResult(s -> record.appendAll(List.of(entry(batch + "/a", 1, Map.of()), entry(batch + "/b", 3, Map.of()))));
    java.time.Instant after = java.time.Instant.now().plusMillis(1);

    List<java.time.Instant> times = jdbc.sql("SELECT created_at FROM record.outbox WHERE record_id LIKE :p")
        .param("p", batch + "/%").query(java.time.OffsetDateTime.class).list().stream()
        .map(java.time.OffsetDateTime::toInstant).toList();
    assertThat(times).hasSize(2).allSatisfy(t -> assertThat(t).isBetween(before, after));
    assertThat(jdbc.sql("""
            SELECT count(*) FROM record.entry_ref e JOIN record.outbox o ON o.outbox_id = e.outbox_id
            AND o.record_type = e.record_type AND o.record_id = e.record_id AND o.version = e.version
            WHERE e.record_id LIKE :p""")
        .param("p", batch + "/%").query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void writesALargeListInPartsInOrderAndEncodesItsEntriesOnce() {
    String batch = UUID.randomUUID().toString();
    int n = 2 * OutboxPublicRecord.COPY_ROWS + 7;
    java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    List<RecordEntry> lazy = new java.util.AbstractList<>() {
      @Override
      public RecordEntry get(int i) {
        reads.incrementAndGet();
        return entry(batch + "/" + i, 1, Map.of("n", i));
      }

      @Override
      public int size() {
        return n;
      }
    };
    tx.executeWithoutResult(s -> record.appendAll(lazy));

    List<String> ids = jdbc.sql("SELECT record_id FROM record.outbox WHERE record_id LIKE :p ORDER BY outbox_id")
        .param("p", batch + "/%").query(String.class).list();
    assertThat(ids).hasSize(n);
    for (int i = 0; i < n; i += 997) {
      assertThat(ids.get(i)).isEqualTo(batch + "/" + i);
    }
    assertThat(ids.get(n - 1)).isEqualTo(batch + "/" + (n - 1));
    assertThat(reads).hasValue(n);
  }

  @Test
  void refusesTheWholeLargeListWhenItsLastPartRepeatsAChange() {
    String batch = UUID.randomUUID().toString();
    List<RecordEntry> entries = new ArrayList<>();
    for (int i = 0; i < OutboxPublicRecord.COPY_ROWS + 10; i++) {
      entries.add(entry(batch + "/" + i, 1, Map.of()));
    }
    entries.add(entry(batch + "/3", 1, Map.of("again", true)));

    assertThatThrownBy(() -> tx.executeWithoutResult(s -> record.appendAll(entries)))
        .isInstanceOf(EntryRejectedException.class)
        .hasMessageContaining(batch + "/3");
    assertThat(jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_id LIKE :p").param("p", batch + "/%")
        .query(Integer.class).single()).isZero();
  }

  @Test
  void refusesTheWholeLargeListWhenAnEntryOfALaterPartIsTooLarge() {
    String batch = UUID.randomUUID().toString();
    List<RecordEntry> entries = new ArrayList<>();
    for (int i = 0; i < OutboxPublicRecord.COPY_ROWS + 10; i++) {
      entries.add(entry(batch + "/" + i, 1, Map.of()));
    }
    entries.add(entry(batch + "/big", 1, Map.of("text", "x".repeat(OutboxPublicRecord.MAX_ENTRY_BYTES))));

    assertThatThrownBy(() -> tx.executeWithoutResult(s -> record.appendAll(entries)))
        .isInstanceOf(EntryRejectedException.class)
        .hasMessageContaining(batch + "/big");
    assertThat(jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_id LIKE :p").param("p", batch + "/%")
        .query(Integer.class).single()).isZero();
  }

  @Test
  void refusesToAppendOutsideATransaction() {
    assertThatThrownBy(() -> record.appendAll(List.of(entry("x", 1, Map.of()))))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  private RecordEntry entry(String id, int version, Object data) {
    return new RecordEntry("test.batch", id, version, LocalDate.of(2025, 2, 24), "tester",
        new SourceRef("test source", null, null, "https://example.org"), data);
  }
}

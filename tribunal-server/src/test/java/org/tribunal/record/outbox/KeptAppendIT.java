package org.tribunal.record.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.shared.SourceRef;
import org.tribunal.support.IntegrationTest;

/**
 * The concurrent append of a database without prepared transactions: entries kept and appended in the
 * caller's transaction, when finished or at its commit, before what it appends afterwards.
 */
@IntegrationTest
@TestPropertySource(properties = "tribunal.record.sequencer.enabled=false")
class KeptAppendIT {

  @Autowired PublicRecord record;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  @Test
  void finishedEntriesComeBeforeLaterAppends() {
    String batch = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> {
      try (KeptAppend early = new KeptAppend((OutboxPublicRecord) record)) {
        early.add(entry(batch + "/1"));
        early.add(entry(batch + "/2"));
        early.finish();
      }
      record.append(entry(batch + "/3"));
    });
    assertThat(ids(batch)).containsExactly(batch + "/1", batch + "/2", batch + "/3");
  }

  @Test
  void unfinishedEntriesAreAppendedAtTheCommitAndRolledBackWithTheCaller() {
    String committed = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> new KeptAppend((OutboxPublicRecord) record).add(entry(committed + "/1")));
    assertThat(ids(committed)).containsExactly(committed + "/1");

    String rolledBack = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> {
      new KeptAppend((OutboxPublicRecord) record).add(entry(rolledBack + "/1"));
      s.setRollbackOnly();
    });
    assertThat(ids(rolledBack)).isEmpty();
  }

  private List<String> ids(String batch) {
    return jdbc.sql("SELECT record_id FROM record.outbox WHERE record_id LIKE :p ORDER BY outbox_id")
        .param("p", batch + "/%").query(String.class).list();
  }

  private static RecordEntry entry(String id) {
    return new RecordEntry("test.kept", id, 1, LocalDate.of(2025, 2, 24), "tester",
        new SourceRef("test source", null, null, "https://example.org"), Map.of());
  }
}

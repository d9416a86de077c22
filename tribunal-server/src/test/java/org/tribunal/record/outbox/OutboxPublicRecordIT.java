package org.tribunal.record.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
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
import org.tribunal.record.Sealed;
import org.tribunal.shared.SourceRef;
import org.tribunal.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/** Looks at outbox rows themselves, so the sequencer must not take them away. */
@IntegrationTest
@TestPropertySource(properties = "tribunal.record.sequencer.enabled=false")
class OutboxPublicRecordIT {

  @Autowired PublicRecord record;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  @Test
  void writesCanonicalJsonInTheCallersTransaction() {
    String id = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> record.append(entry(id, 1, Map.of("z", 1, "a", "Україна"))));

    String body = new String(bodyOf(id, 1), StandardCharsets.UTF_8);
    assertThat(body).startsWith("{\"actor\":\"tester\",\"data\":{\"a\":\"Україна\",\"z\":1},\"id\":\"" + id);
    assertThat(body).contains("\"source\":{\"date\":null,\"publisher\":null,\"title\":\"test source\"");
    assertThat(body).contains("\"validTime\":\"2025-02-24\"");
  }

  @Test
  void losesTheEntryWhenTheBusinessTransactionRollsBack() {
    String id = UUID.randomUUID().toString();
    tx.executeWithoutResult(
        s -> {
          record.append(entry(id, 1, Map.of("k", "v")));
          s.setRollbackOnly();
        });
    assertThat(countOf(id)).isZero();
  }

  @Test
  void refusesToAppendTheSameChangeTwice() {
    String id = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> record.append(entry(id, 1, Map.of("k", "v"))));
    assertThatThrownBy(
            () -> tx.executeWithoutResult(s -> record.append(entry(id, 1, Map.of("k", "other")))))
        .isInstanceOf(EntryRejectedException.class)
        .hasMessageContaining("already in the record");
    assertThat(countOf(id)).isEqualTo(1);
  }

  @Test
  void claimsTheChangeUnderItsOutboxRowAndLosesTheClaimOnRollback() {
    String id = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> record.append(entry(id, 1, Map.of("k", "v"))));
    assertThat(jdbc.sql("""
            SELECT count(*) FROM record.entry_ref e JOIN record.outbox o ON o.outbox_id = e.outbox_id
            AND o.record_type = e.record_type AND o.record_id = e.record_id AND o.version = e.version
            WHERE e.record_id = :id""").param("id", id).query(Integer.class).single()).isEqualTo(1);

    String rolledBack = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> {
      record.append(entry(rolledBack, 1, Map.of("k", "v")));
      s.setRollbackOnly();
    });
    assertThat(jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_id = :id").param("id", rolledBack)
        .query(Integer.class).single()).isZero();
    tx.executeWithoutResult(s -> record.append(entry(rolledBack, 1, Map.of("k", "v"))));
    assertThat(countOf(rolledBack)).isEqualTo(1);
  }

  @Test
  void refusesToAppendOutsideATransaction() {
    assertThatThrownBy(() -> record.append(entry("x", 1, Map.of())))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void sealsNonPublicContentAsAVerifiableCommitment() {
    String id = UUID.randomUUID().toString();
    Map<String, Object> secret = Map.of("text", "a classified note");
    Sealed sealed = tx.execute(s -> record.appendSealed(entry(id, 1, secret)));

    String body = new String(bodyOf(id, 1), StandardCharsets.UTF_8);
    assertThat(body).doesNotContain("classified").contains(sealed.commitment().toHex());
    byte[] canonical = CanonicalEntry.canonical(json, secret);
    assertThat(OutboxPublicRecord.commit(HexFormat.of().parseHex(sealed.salt()), canonical))
        .isEqualTo(sealed.commitment());
    assertThat(OutboxPublicRecord.commit(HexFormat.of().parseHex(sealed.salt()),
            CanonicalEntry.canonical(json, Map.of("text", "a different note"))))
        .isNotEqualTo(sealed.commitment());
  }

  @Test
  void refusesEntriesLargerThan64KiB() {
    String id = UUID.randomUUID().toString();
    assertThatThrownBy(
            () -> tx.executeWithoutResult(s -> record.append(entry(id, 1, Map.of("big", "x".repeat(70_000))))))
        .isInstanceOf(EntryRejectedException.class)
        .hasMessageContaining("limit is 65536");
    assertThat(countOf(id)).isZero();
  }

  private RecordEntry entry(String id, int version, Object data) {
    return new RecordEntry(
        "test.thing", id, version, LocalDate.of(2025, 2, 24), "tester",
        new SourceRef("test source", null, null, "https://example.org"), data);
  }

  private byte[] bodyOf(String id, int version) {
    return jdbc.sql("SELECT body FROM record.outbox WHERE record_id = :id AND version = :v")
        .param("id", id).param("v", version).query(byte[].class).single();
  }

  private int countOf(String id) {
    return jdbc.sql("SELECT count(*) FROM record.outbox WHERE record_id = :id")
        .param("id", id).query(Integer.class).single();
  }
}

package org.tribunal.record.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.record.ConcurrentAppend;
import org.tribunal.record.EntryRejectedException;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.shared.SourceRef;
import org.tribunal.support.IntegrationTest;

/**
 * {@link PublicRecord#appendConcurrently()} on a database with prepared transactions: entries written on a
 * second connection reach the outbox if and only if the caller's transaction commits, and a caller that
 * died between the two commits is made good by {@link PreparedAppendResolver}.
 */
@IntegrationTest
// the tests run the resolver themselves
@TestPropertySource(properties = {"tribunal.record.sequencer.enabled=false",
    "tribunal.record.prepared-append-resolve-ms=3600000"})
class PreparedAppendIT {

  @Autowired PublicRecord record;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired PreparedAppendResolver resolver;
  @Autowired tools.jackson.databind.json.JsonMapper json;

  @Test
  void entriesCommitWithTheCallerInOrderBeforeWhatItAppendsAfterwards() {
    String batch = UUID.randomUUID().toString();
    int n = OutboxPublicRecord.COPY_ROWS * 2 + 123; // several parts, the last one short
    tx.executeWithoutResult(s -> {
      try (ConcurrentAppend early = record.appendConcurrently()) {
        assertThat(early).isInstanceOf(PreparedAppend.class);
        for (int i = 0; i < n; i++) {
          early.add(entry(batch + "/" + i, Map.of("n", i)));
        }
        early.finish();
        record.append(entry(batch + "/after", Map.of()));
      }
      // nothing is visible outside the caller's transaction before it commits
      assertThat(countElsewhere(batch)).isZero();
    });

    List<String> ids = idsInOutboxOrder(batch);
    assertThat(ids).hasSize(n + 1);
    assertThat(ids.get(0)).isEqualTo(batch + "/0");
    assertThat(ids.get(n - 1)).isEqualTo(batch + "/" + (n - 1));
    assertThat(ids.get(n)).isEqualTo(batch + "/after");
    assertThat(jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_id LIKE :p").param("p", batch + "/%")
        .query(Integer.class).single()).isEqualTo(n + 1);
    assertThat(preparedLeft()).isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM record.prepared_append").query(Integer.class).single()).isZero();
  }

  @Test
  void writesTheSameBodiesAsAnAppendInTheCallersTransaction() {
    String batch = UUID.randomUUID().toString();
    Map<String, Object> data = Map.of("name", "Côte d'Ivoire", "n", 7);
    tx.executeWithoutResult(s -> {
      try (ConcurrentAppend early = record.appendConcurrently()) {
        early.add(entry(batch + "/early", data));
        early.finish();
      }
      record.appendAll(List.of(entry(batch + "/kept", data)));
    });
    List<Map<String, Object>> bodies = jdbc.sql("SELECT record_id, body FROM record.outbox WHERE record_id LIKE :p")
        .param("p", batch + "/%").query().listOfRows();
    assertThat(bodies).hasSize(2);
    // the same but for the id and the instant recorded
    List<String> normalised = bodies.stream()
        .map(r -> new String((byte[]) r.get("body"), java.nio.charset.StandardCharsets.UTF_8)
            .replace(batch + "/early", "ID").replace(batch + "/kept", "ID")
            .replaceAll("\"recordedAt\":\"[^\"]+\"", "\"recordedAt\":\"T\""))
        .toList();
    assertThat(normalised.get(0)).isEqualTo(normalised.get(1)).contains("\"name\":\"Côte d'Ivoire\"");
  }

  @Test
  void entriesNotFinishedByTheCallerAreFinishedAtItsCommit() {
    String batch = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> {
      ConcurrentAppend early = record.appendConcurrently();
      early.add(entry(batch + "/1", Map.of()));
    });
    assertThat(idsInOutboxOrder(batch)).containsExactly(batch + "/1");
    assertThat(preparedLeft()).isZero();
  }

  @Test
  void anAppendOfNothingPreparesNothing() {
    String id = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> {
      try (ConcurrentAppend early = record.appendConcurrently()) {
        early.finish();
      }
      record.append(entry(id, Map.of()));
    });
    assertThat(countElsewhere(id)).isOne();
    assertThat(preparedLeft()).isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM record.prepared_append").query(Integer.class).single()).isZero();
  }

  @Test
  void entriesRollBackWithTheCallerAndFreeTheirClaims() {
    String id = UUID.randomUUID().toString();
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      try (ConcurrentAppend early = record.appendConcurrently()) {
        early.add(entry(id, Map.of()));
        early.finish();
      }
      throw new IllegalStateException("the caller fails after the entries were prepared");
    })).hasMessageContaining("the caller fails");

    assertThat(countElsewhere(id)).isZero();
    assertThat(preparedLeft()).isZero();
    // the change was never recorded, so it can be now
    tx.executeWithoutResult(s -> record.append(entry(id, Map.of())));
    assertThat(countElsewhere(id)).isOne();
  }

  @Test
  void entriesGivenUpBeforeTheyWereFinishedLeaveNothingAndTheCallerCannotCommit() {
    String id = UUID.randomUUID().toString();
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      ConcurrentAppend early = record.appendConcurrently();
      early.add(entry(id, Map.of()));
      early.close();
    })).hasMessageContaining("given up");
    assertThat(countElsewhere(id)).isZero();
    assertThat(preparedLeft()).isZero();
  }

  @Test
  void anEntryRecordedBeforeFailsTheFinishAndTheCaller() {
    String id = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> record.append(entry(id, Map.of("k", "v"))));
    String other = UUID.randomUUID().toString();
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      try (ConcurrentAppend early = record.appendConcurrently()) {
        early.add(entry(other, Map.of()));
        early.add(entry(id, Map.of("k", "w")));
        early.finish();
      }
    })).isInstanceOf(EntryRejectedException.class).hasMessageContaining(id);
    assertThat(countElsewhere(other)).isZero();
    assertThat(preparedLeft()).isZero();
  }

  @Test
  void theResolverCommitsWhatACommittedCallerLeftPreparedAndRollsBackTheRest() throws Exception {
    String decided = UUID.randomUUID().toString();
    String undecided = UUID.randomUUID().toString();
    // two callers that died after PREPARE TRANSACTION: one after its commit, one before
    prepare(decided, true);
    prepare(undecided, false);
    assertThat(preparedLeft()).isEqualTo(2);

    assertThat(resolver.resolve()).isEqualTo(2);

    assertThat(countElsewhere(decided)).isOne();
    assertThat(countElsewhere(undecided)).isZero();
    assertThat(preparedLeft()).isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM record.prepared_append").query(Integer.class).single()).isZero();
  }

  @Test
  void theResolverLeavesAnAppendWhoseCallerIsStillAtWork() throws Exception {
    String id = UUID.randomUUID().toString();
    String gid = prepare(id, false);
    try (Connection caller = dataSource.getConnection()) {
      caller.setAutoCommit(false);
      try (var ps = caller.prepareStatement("SELECT pg_advisory_xact_lock(" + PreparedAppend.LOCK_ARGUMENTS + ")")) {
        ps.setString(1, gid);
        ps.executeQuery().close();
      }
      assertThat(resolver.resolve()).isZero();
      assertThat(preparedLeft()).isOne();
      caller.rollback();
    }
    assertThat(resolver.resolve()).isOne();
    assertThat(preparedLeft()).isZero();
    assertThat(countElsewhere(id)).isZero();
  }

  /** Writes one entry on a connection of its own and prepares it, as a caller that then died would. */
  private String prepare(String id, boolean decided) throws Exception {
    String gid = PreparedAppend.GID_PREFIX + UUID.randomUUID();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (OutboxCopy copy = OutboxCopy.open(c, Instant.now())) {
        RecordEntry e = entry(id, Map.of());
        copy.write(new OutboxPublicRecord.Encoded(new RecordEntry[] {e},
            new byte[][] {CanonicalEntry.of(json, e, Instant.now(), e.data())}));
      }
      try (Statement s = c.createStatement()) {
        s.execute("PREPARE TRANSACTION '" + gid + "'");
      }
      c.setAutoCommit(true);
    }
    if (decided) {
      jdbc.sql("INSERT INTO record.prepared_append (gid) VALUES (:g)").param("g", gid).update();
    }
    return gid;
  }

  private int preparedLeft() {
    return jdbc.sql("""
            SELECT count(*) FROM pg_prepared_xacts WHERE database = current_database() AND starts_with(gid, :p)""")
        .param("p", PreparedAppend.GID_PREFIX).query(Integer.class).single();
  }

  /** Counts outbox rows on another connection than the test's transaction. */
  private int countElsewhere(String idOrPrefix) {
    try (Connection c = dataSource.getConnection();
        var ps = c.prepareStatement("SELECT count(*) FROM record.outbox WHERE record_id = ? OR record_id LIKE ?")) {
      ps.setString(1, idOrPrefix);
      ps.setString(2, idOrPrefix + "/%");
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> idsInOutboxOrder(String batch) {
    return new ArrayList<>(jdbc.sql("SELECT record_id FROM record.outbox WHERE record_id LIKE :p ORDER BY outbox_id")
        .param("p", batch + "/%").query(String.class).list());
  }

  private static RecordEntry entry(String id, Object data) {
    return new RecordEntry("test.prepared", id, 1, LocalDate.of(2025, 2, 24), "tester",
        new SourceRef("test source", null, null, "https://example.org"), data);
  }
}

package org.tribunal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.record.checkpoint.LogSigningKey;
import org.tribunal.support.IntegrationTest;
import org.tribunal.verify.TribunalVerify;
import picocli.CommandLine;

/** The independent auditor (tribunal-verify audit) checks the whole served log, and catches tampering. */
@IntegrationTest
class RecordAuditIT {

  @LocalServerPort int port;
  @Autowired PublicRecord record;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired LogSigningKey key;

  record Audit(int exitCode, String output) {}

  Audit audit() {
    StringWriter out = new StringWriter();
    CommandLine cli = TribunalVerify.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    int code = cli.execute("audit", "http://localhost:" + port + "/log", "--key", key.verifier().verifierKey());
    return new Audit(code, out.toString());
  }

  @Test
  void auditsThousandsOfChangesAndCatchesATamperedEntryOrTile() {
    String id = UUID.randomUUID().toString();
    for (int t = 0; t < 30; t++) {
      int base = t * 100;
      tx.executeWithoutResult(s -> {
        for (int v = base + 1; v <= base + 100; v++) {
          RecordEntry entry = new RecordEntry(v % 10 == 0 ? "test.sealed" : "test.audited", id, v, null, "tester", null,
              Map.of("n", v));
          if (v % 10 == 0) {
            record.appendSealed(entry);
          } else {
            record.append(entry);
          }
        }
      });
    }
    long total = jdbc.sql("SELECT count(*) FROM record.entry_ref").query(Long.class).single();
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      Long published = jdbc.sql("SELECT max(tree_size) FROM record.checkpoint WHERE published").query(Long.class).single();
      return published != null && published >= total;
    });

    Audit clean = audit();
    assertThat(clean.exitCode()).as(clean.output()).isEqualTo(TribunalVerify.VERIFIED);
    assertThat(clean.output()).contains("root recomputed from all");

    byte[] bundle = jdbc.sql("SELECT entries FROM record.entry_bundle WHERE idx = 3").query(byte[].class).single();
    jdbc.sql("UPDATE record.entry_bundle SET entries = set_byte(entries, 40, get_byte(entries, 40) # 1) WHERE idx = 3").update();
    Audit entryTampered = audit();
    assertThat(entryTampered.exitCode()).as(entryTampered.output()).isEqualTo(TribunalVerify.DOES_NOT_VERIFY);
    jdbc.sql("UPDATE record.entry_bundle SET entries = :b WHERE idx = 3").param("b", bundle).update();
    assertThat(audit().exitCode()).isEqualTo(TribunalVerify.VERIFIED);

    jdbc.sql("UPDATE record.tile SET hashes = set_byte(hashes, 100, get_byte(hashes, 100) # 1) WHERE level = 0 AND idx = 5").update();
    Audit tileTampered = audit();
    assertThat(tileTampered.exitCode()).as(tileTampered.output()).isEqualTo(TribunalVerify.DOES_NOT_VERIFY);
  }
}

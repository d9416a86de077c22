package org.tribunal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.support.TestDatabase;
import tools.jackson.databind.json.JsonMapper;

/** Two server instances on one database: one sequences, the other stands by and takes over when it dies. */
class RecordFailoverIT {

  @TempDir Path dir;

  @Test
  void onlyOneInstanceSequencesAndTheStandbyTakesOverWhenItIsKilled() throws Exception {
    String url = TestDatabase.createDatabase();
    NoteSigner signer = NoteSigner.generate("tribunal.localhost");
    Path keyFile = Files.createFile(dir.resolve("log-key"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(keyFile, signer.signerKey() + "\n");
    NoteVerifier key = signer.verifier();
    Map<String, String> shared = Map.of("tribunal.record.signing-key-path", keyFile.toString());
    Path log = Files.createTempFile("record-failover", ".log");
    JsonMapper json = JsonMapper.builder().build();

    // the first one migrates the database; the second starts once the schema is there
    ServerProcess first = ServerProcess.start(url, dir.resolve("a"), shared, log).awaitReady(Duration.ofSeconds(90));
    ServerProcess second = ServerProcess.start(url, dir.resolve("b"), shared, log);
    try (CrashWorkload work = new CrashWorkload(url)) {
      second.awaitReady(Duration.ofSeconds(90));
      await().atMost(Duration.ofSeconds(30)).until(() -> first.isSequencing() || second.isSequencing());
      ServerProcess leader = first.isSequencing() ? first : second;
      ServerProcess standby = leader == first ? second : first;
      assertThat(standby.isSequencing()).isFalse();

      work.startWriting();
      work.startWatching(standby::log, key); // either instance serves the log
      await().atMost(Duration.ofSeconds(60)).until(() -> work.committedCount() > 5_000 && work.checkpointsSeen() > 1);
      assertThat(standby.isSequencing()).isFalse();

      leader.kill();
      // Generous waits for a loaded CI machine; the drain fails early, with diagnostics, if it stalls.
      await().atMost(Duration.ofSeconds(60)).until(standby::isSequencing);
      long afterTakeover = work.committedCount() + 2_000;
      await().atMost(Duration.ofSeconds(120)).until(() -> work.committedCount() > afterTakeover);
      work.stopWriting();
      work.awaitDrained(Duration.ofSeconds(60), Duration.ofMinutes(5), standby::threadDump);
      assertThat(standby.isSequencing()).isTrue();
      long size = work.single("SELECT tree_size FROM record.log_state");
      await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
          .until(() -> standby.log().checkpoint().checkpoint().size() == size);

      Checkpoint verified = work.verify(standby.log(), key, json);
      assertThat(verified.size()).isGreaterThanOrEqualTo(work.committedCount());
    } finally {
      first.kill();
      second.kill();
    }
  }
}

package org.tribunal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.support.TestDatabase;
import org.tribunal.verify.TribunalVerify;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kills the server (SIGKILL, a separate process) again and again, while changes stream in and while
 * it integrates a backlog, then checks that nothing committed was lost, nothing was logged twice, no
 * index was given twice, and the tree grew consistently with every checkpoint published before.
 */
class RecordCrashIT {

  static final Duration START = Duration.ofSeconds(90);

  @TempDir Path dataDir;

  @Test
  void losesNothingAndDuplicatesNothingWhenKilledMidStreamAndMidIntegration() throws Exception {
    String url = TestDatabase.createDatabase();
    Path log = Files.createTempFile("record-crash", ".log");
    Random random = new Random(5);
    JsonMapper json = JsonMapper.builder().build();
    AtomicReference<ServerProcess> current = new AtomicReference<>(
        ServerProcess.start(url, dataDir, Map.of(), log).awaitReady(START));
    NoteVerifier key = NoteVerifier.parse(
        json.readTree(current.get().log().text("/api/v1/record/log")).get("verifierKey").asString());

    try (CrashWorkload work = new CrashWorkload(url)) {
      work.startWriting();
      work.startWatching(() -> current.get().log(), key);
      for (int round = 0; round < 3; round++) {
        ServerProcess server = current.get();
        if (round % 2 == 0) {
          // mid-stream: let it sequence and publish for a while, then kill; on a fast machine the
          // writes alone can outrun a server that has not yet published, so wait for a new checkpoint too
          int target = work.committedCount() + 3_000 + random.nextInt(3_000);
          int checkpointsBefore = work.checkpointsSeen();
          await().atMost(Duration.ofSeconds(120))
              .until(() -> work.committedCount() > target && work.checkpointsSeen() > checkpointsBefore);
        } else {
          // mid-integration: it restarted on a backlog; kill as soon as it leads and works on it
          await().atMost(START).until(server::isSequencing);
          long backlog = work.outboxSize();
          await().atMost(Duration.ofSeconds(30)).until(() -> work.outboxSize() < backlog);
        }
        server.kill();
        await().pollDelay(Duration.ofMillis(500)).until(() -> true); // changes keep coming while it is down
        current.set(ServerProcess.start(url, dataDir, Map.of(), log).awaitReady(START));
      }
      work.stopWriting();
      ServerProcess last = current.get();
      work.awaitDrained(Duration.ofSeconds(60), Duration.ofMinutes(5), last::threadDump);
      long size = work.single("SELECT tree_size FROM record.log_state");
      await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
          .until(() -> last.log().checkpoint().checkpoint().size() == size);

      Checkpoint verified = work.verify(last.log(), key, json);
      assertThat(verified.size()).isGreaterThanOrEqualTo(work.committedCount());
      assertThat(work.checkpointsSeen()).isGreaterThan(1);
      int code = TribunalVerify.commandLine().execute("audit", last.url() + "/log", "--key", key.verifierKey());
      assertThat(code).isEqualTo(TribunalVerify.VERIFIED);
      last.kill();
    } finally {
      current.get().kill();
    }
  }
}

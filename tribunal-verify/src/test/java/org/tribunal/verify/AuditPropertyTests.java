package org.tribunal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.tribunal.merkle.note.NoteSigner;

/** Incremental audits across random sizes and tile boundaries agree with a fresh audit. */
class AuditPropertyTests {

  static final NoteSigner KEY = NoteSigner.generate("tribunal.example/log");

  @Property(tries = 15)
  void anyChainOfAuditsEndsInTheStateOfOneFreshAudit(
      @ForAll @IntRange(min = 0, max = 700) int first,
      @ForAll @IntRange(min = 0, max = 700) int second,
      @ForAll @IntRange(min = 0, max = 300) int third) throws IOException {
    Path tmp = Files.createTempDirectory("audit-property");
    try {
      TiledLog log = new TiledLog(tmp.resolve("log"), KEY);
      Path chained = tmp.resolve("chained.state");
      for (int growth : new int[] {first, second, third}) {
        log.grow(growth).publish();
        assertThat(audit(log, chained)).isZero();
      }
      Path fresh = tmp.resolve("fresh.state");
      assertThat(audit(log, fresh)).isZero();

      assertThat(Files.readString(chained)).isEqualTo(Files.readString(fresh))
          .contains("size " + (first + second + third) + "\nroot " + log.root().toBase64() + "\n");
    } finally {
      try (Stream<Path> files = Files.walk(tmp)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static int audit(TiledLog log, Path state) {
    var commandLine = TribunalVerify.commandLine();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(new StringWriter()));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute("audit", "--key", KEY.verifier().verifierKey(), "--state",
        state.toString(), log.dir.toString());
    assertThat(err.toString()).isEmpty();
    return code;
  }
}

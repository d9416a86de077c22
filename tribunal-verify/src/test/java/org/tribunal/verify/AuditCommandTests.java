package org.tribunal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.SignatureType;

/** Audits tile directories written through merkle-log's Integrator, in-process. */
class AuditCommandTests {

  static final NoteSigner KEY = NoteSigner.generate("tribunal.example/log");

  @TempDir Path tmp;
  TiledLog log;
  Path state;
  String vkey = KEY.verifier().verifierKey();
  StringWriter out;
  StringWriter err;

  @BeforeEach
  void setUp() throws Exception {
    log = new TiledLog(Files.createDirectory(tmp.resolve("log")), KEY);
    state = tmp.resolve("audit.state");
  }

  @Test
  void anEmptyLogVerifies() {
    log.publish();

    assertThat(audit()).isZero();
    assertThat(out.toString()).startsWith("VERIFIED: tribunal.example/log at tree size 0 (root "
        + Rfc6962.emptyRoot().toHex() + ")");
    assertThat(log.dir.resolve("tile")).doesNotExist();
  }

  @ParameterizedTest(name = "size {0}")
  @ValueSource(ints = {1, 2, 7, 255, 256, 257, 511, 512, 1000})
  void recomputesTheRootAndChecksEveryTile(int size) {
    log.grow(size).publish();

    assertThat(audit()).as(err.toString()).isZero();
    assertThat(out.toString()).contains("at tree size " + size + " (root " + log.root().toHex() + ")")
        .contains("root recomputed from all " + size + " entries");
  }

  @Test
  void crossesTheSecondTileLevel() {
    log.grow(65_536).publish();
    assertThat(audit()).as(err.toString()).isZero();
    // 256 bundles, 256 level-0 tiles, level-1 tile 0, and (at 65,536) the level-2 tile .p/1.
    assertThat(out.toString()).contains("read 256 entry bundles and 258 hash tiles");

    log.grow(70_000 - 65_536).publish();
    assertThat(audit()).as(err.toString()).isZero();
    assertThat(out.toString()).contains("4464 new entries extend the tree verified at size 65536");

    log.grow(500).publish();
    assertThat(audit()).as(err.toString()).isZero();
    assertThat(readState()).contains("size 70500\nroot " + log.root().toBase64() + "\n");
  }

  @Test
  void aSecondRunReadsOnlyTheNewEntries() throws Exception {
    log.grow(300).publish();
    assertThat(audit()).isZero();
    assertThat(readState()).startsWith(AuditState.HEADER + "\norigin tribunal.example/log\nsize 300\n");

    log.grow(250).publish();
    // Nothing before the last full bundle boundary (256) is read again.
    Files.delete(log.file("tile/entries/000"));
    Files.delete(log.file("tile/0/000"));

    assertThat(audit()).as(err.toString()).isZero();
    assertThat(out.toString()).contains("at tree size 550")
        .contains("250 new entries extend the tree verified at size 300")
        .contains("read 2 entry bundles");
    assertThat(readState()).contains("size 550\n");
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("log", "audit.state");
    }
  }

  @Test
  void anUnchangedLogVerifiesWithoutReadingTiles() {
    log.grow(40).publish();
    assertThat(audit()).isZero();

    assertThat(audit()).isZero();
    assertThat(out.toString()).contains("unchanged since the last audit").contains("read 0 entry bundles");
  }

  @Test
  void fallsBackToTheFullTileWhenThePartialOneIsGone() throws Exception {
    log.grow(100).publish();
    assertThat(audit()).isZero();
    log.grow(156); // to 256: the full tile and bundle replace the partial ones
    SignedCheckpoint at200 = SignedCheckpoint.sign(Checkpoint.of(KEY.name(), 200, rootOfFirst(200)), KEY);
    log.publish(at200);
    // At size 200 the log would serve .p/200; it has deleted it since the full tile exists.
    assertThat(log.file("tile/0/000.p/200")).doesNotExist();

    assertThat(audit()).as(err.toString()).isZero();
    assertThat(out.toString()).contains("at tree size 200");
  }

  @Test
  void aTamperedEntryBundleDoesNotVerify() throws Exception {
    log.grow(300).publish();
    log.flip("tile/entries/001.p/44", 2 + 5); // inside entry 256, not its length

    assertThat(audit()).isEqualTo(1);
    assertThat(err.toString()).startsWith("DOES NOT VERIFY: the 300 entries the log serves hash to root")
        .contains("but the checkpoint for tree size 300 says " + log.root().toHex());
    assertThat(state).doesNotExist();
  }

  @Test
  void aTamperedNewEntryAfterAnEarlierAuditDoesNotVerify() throws Exception {
    log.grow(300).publish();
    assertThat(audit()).isZero();
    String before = readState();
    log.grow(100).publish();
    log.flip("tile/entries/001.p/144", bundleOffset(log, "tile/entries/001.p/144", 50) + 1);

    assertThat(audit()).isEqualTo(1);
    assertThat(err.toString()).contains("the tree verified at size 300 extended by the 100 new entries");
    assertThat(readState()).isEqualTo(before);
  }

  @Test
  void aTamperedLeafTileDoesNotVerify() throws Exception {
    log.grow(300).publish();
    log.flip("tile/0/000", 32 * 17 + 3);

    assertThat(audit()).isEqualTo(1);
    assertThat(err.toString()).startsWith("DOES NOT VERIFY: hash tile tile/0/000 slot 17 holds");
  }

  @Test
  void aTamperedUpperTileDoesNotVerify() throws Exception {
    log.grow(1000).publish();
    log.flip("tile/1/000.p/3", 32 * 2);

    assertThat(audit()).isEqualTo(1);
    assertThat(err.toString()).startsWith("DOES NOT VERIFY: hash tile tile/1/000.p/3 slot 2 holds");
  }

  @Test
  void aTamperedOldSlotOfAGrowingUpperTileDoesNotVerify() throws Exception {
    log.grow(1000).publish(); // level-1 tile .p/3
    assertThat(audit()).isZero();
    log.grow(300).publish(); // level-1 tile .p/5: slots 0..2 were verified before and not re-read as entries
    log.flip("tile/1/000.p/5", 32 * 1 + 9);

    assertThat(audit()).isEqualTo(1);
    assertThat(err.toString()).startsWith("DOES NOT VERIFY: hash tile tile/1/000.p/5 slots 0 to 1 hash to");
  }

  @Test
  void aMalformedTileOrBundleDoesNotVerify() throws Exception {
    log.grow(10).publish();
    log.write("tile/0/000.p/10", new byte[32 * 10 - 1]);

    assertThat(audit()).isEqualTo(1);
    assertThat(err.toString()).contains("tile/0/000.p/10 is malformed");

    log.write("tile/0/000.p/10", new byte[32 * 9]);
    assertThat(audit()).isEqualTo(1);
    assertThat(err.toString()).contains("holds 9 hashes, tree size 10 needs 10");
  }

  @Test
  void aCheckpointWhoseRootIsNotTheEntriesRootDoesNotVerify() {
    log.grow(300);
    log.publish(SignedCheckpoint.sign(Checkpoint.of(KEY.name(), 300, rootOfFirst(299)), KEY));

    assertThat(audit()).isEqualTo(1);
    assertThat(err.toString()).contains("hash to root " + log.root().toHex());
  }

  @Test
  void anEmptyCheckpointWithAnotherRootDoesNotVerify() {
    log.publish(SignedCheckpoint.sign(Checkpoint.of(KEY.name(), 0, Rfc6962.leafHash(new byte[0])), KEY));

    assertThat(audit()).isEqualTo(1);
    assertThat(err.toString()).contains("tree size 0 but root");
  }

  @Test
  void aCheckpointSignedByAnotherKeyOrMalformedDoesNotVerify() {
    log.grow(3);
    NoteSigner impostor = NoteSigner.generate(KEY.name());
    log.publish(SignedCheckpoint.sign(Checkpoint.of(KEY.name(), 3, log.root()), impostor));
    assertThat(audit()).isEqualTo(1);

    log.write("checkpoint", "tribunal.example/log\n3\n".getBytes(StandardCharsets.UTF_8));
    assertThat(audit()).isEqualTo(1);
    assertThat(err.toString()).startsWith("DOES NOT VERIFY: malformed checkpoint");
  }

  @Test
  void aRewrittenHistoryDoesNotVerify() throws Exception {
    log.grow(300).publish();
    assertThat(audit()).isZero();
    String verified = readState();

    // The same log key signs a tree of 400 whose entry 5 differs: a full bundle the audit does not re-read.
    TiledLog forged = new TiledLog(tmp.resolve("forged"), KEY);
    forged.grow(5).append(List.of("a different decision".getBytes(StandardCharsets.UTF_8))).grow(394).publish();
    assertThat(audit(forged.dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("the tree verified at size 300 extended by the 100 new entries")
        .contains("the history was rewritten");
    assertThat(readState()).isEqualTo(verified);

    // Entry 280 differs: it is in the partial bundle the last audit saw, and it is re-read.
    TiledLog forged2 = new TiledLog(tmp.resolve("forged2"), KEY);
    forged2.grow(280).append(List.of("another decision".getBytes(StandardCharsets.UTF_8))).grow(119).publish();
    assertThat(audit(forged2.dir.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("DOES NOT VERIFY: the history was rewritten: entries 256 to 299 in "
        + "tile/entries/001.p/144 are not those an earlier audit verified at tree size 300");
    assertThat(readState()).isEqualTo(verified);
  }

  @Test
  void aShrunkOrForkedTreeOfTheSameSizeDoesNotVerify() {
    log.grow(300).publish();
    assertThat(audit()).isZero();

    log.publish(SignedCheckpoint.sign(Checkpoint.of(KEY.name(), 200, rootOfFirst(200)), KEY));
    assertThat(audit()).isEqualTo(1);
    assertThat(err.toString()).contains("the log shrank: the checkpoint has tree size 200 but an earlier "
        + "audit verified tree size 300");

    log.publish(SignedCheckpoint.sign(Checkpoint.of(KEY.name(), 300, rootOfFirst(299)), KEY));
    assertThat(audit()).isEqualTo(1);
    assertThat(err.toString()).contains("the history was rewritten: the checkpoint gives tree size 300");
  }

  @Test
  void checksTheWitnessPolicy() {
    NoteSigner w1 = NoteSigner.generate("w1.example", SignatureType.COSIGNATURE_V1);
    NoteSigner w2 = NoteSigner.generate("w2.example", SignatureType.COSIGNATURE_V1);
    log.grow(20);
    log.publish(log.checkpoint().cosign(w1, 1_700_000_000L));
    String wk1 = w1.verifier().verifierKey();
    String wk2 = w2.verifier().verifierKey();

    assertThat(run("audit", "--key", vkey, "--witness", wk1, log.dir.toString())).isZero();
    assertThat(out.toString()).contains("witnessed: 1 of 1 witnesses cosigned");
    assertThat(run("audit", "--key", vkey, "--witness", wk1, "--witness", wk2, "--threshold", "1",
        log.dir.toString())).isZero();
    assertThat(run("audit", "--key", vkey, "--witness", wk1, "--witness", wk2, log.dir.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("not witnessed: 1 of 2");
  }

  @Test
  void aMissingLogOrResourceCannotBeChecked() throws Exception {
    assertThat(run("audit", "--key", vkey, tmp.resolve("nowhere").toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("COULD NOT CHECK: no such log directory");

    assertThat(audit()).isEqualTo(2);
    assertThat(err.toString()).startsWith("COULD NOT CHECK: no checkpoint");

    log.grow(300).publish();
    Files.delete(log.file("tile/entries/001.p/44"));
    assertThat(audit()).isEqualTo(2);
    assertThat(err.toString()).contains("the log serves neither tile/entries/001.p/44 nor tile/entries/001");
    assertThat(run("audit", log.dir.toString())).isEqualTo(2);
  }

  @Test
  void aBadOrForeignStateFileCannotBeChecked() throws Exception {
    log.grow(3).publish();
    Files.writeString(state, "not a state\n");
    assertThat(audit()).isEqualTo(2);
    assertThat(err.toString()).contains("is not a valid audit state");

    Files.writeString(state, AuditState.of("other.example/log",
        org.tribunal.merkle.tree.CompactRange.empty(0)).format());
    assertThat(audit()).isEqualTo(2);
    assertThat(err.toString()).contains("is for log \"other.example/log\"");

    // An edge that does not give the recorded root: the file was damaged.
    Files.writeString(state,
        new AuditState(KEY.name(), 1, log.root(), List.of(Rfc6962.emptyRoot())).format());
    assertThat(audit()).isEqualTo(2);
    assertThat(err.toString()).contains("its edge hashes do not give its root");
  }

  static Hash rootOfFirst(long size) {
    var range = org.tribunal.merkle.tree.CompactRange.empty(0);
    for (long i = 0; i < size; i++) {
      range.append(Rfc6962.leafHash(TiledLog.entry(i)), (id, h) -> {});
    }
    return range.root();
  }

  /** Offset of entry {@code i}'s first byte in a stored bundle. */
  static int bundleOffset(TiledLog log, String path, int i) throws Exception {
    byte[] bytes = Files.readAllBytes(log.file(path));
    int offset = 0;
    for (int k = 0; k < i; k++) {
      offset += 2 + (((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF));
    }
    return offset + 2;
  }

  private String readState() {
    try {
      return Files.readString(state);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  int audit() {
    return audit(log.dir.toString());
  }

  int audit(String location) {
    return run("audit", "--key", vkey, "--state", state.toString(), location);
  }

  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    var commandLine = TribunalVerify.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }
}

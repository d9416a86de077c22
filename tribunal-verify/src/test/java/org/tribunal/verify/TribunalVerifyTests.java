package org.tribunal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.SignatureType;

/** Runs the commands in-process against files written by the test. */
class TribunalVerifyTests {

  @TempDir Path dir;
  TestLog log;
  String vkey;
  StringWriter out;
  StringWriter err;

  @BeforeEach
  void setUp() {
    log = new TestLog(13);
    vkey = log.key.verifier().verifierKey();
  }

  @Test
  void aValidReceiptVerifies() throws Exception {
    Path receipt = write("r.tlog-proof", log.receipt(6, 13).format());

    assertThat(run("verify-receipt", "--key", vkey, receipt.toString())).isZero();
    assertThat(out.toString()).startsWith("VERIFIED: entry 6 is in tribunal.example/log at tree size 13");
  }

  @Test
  void aReceiptWithAnyOneByteChangedDoesNotVerify() throws Exception {
    NoteSigner witness = NoteSigner.generate("w.example", SignatureType.COSIGNATURE_V1);
    var original = log.receipt(6, 13);
    var receipt = new org.tribunal.merkle.receipt.Receipt(original.extra(), 6, original.proof(),
        original.checkpoint().cosign(witness, 1_700_000_000L));
    byte[] bytes = receipt.format().getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("r.tlog-proof");
    Files.write(file, bytes);
    String[] args = {"verify-receipt", "--key", vkey, "--witness", witness.verifier().verifierKey(), file.toString()};
    assertThat(run(args)).isZero();

    // Every fourth byte, so every line and every field is hit while the test stays fast.
    for (int i = 0; i < bytes.length; i += 4) {
      bytes[i] ^= 1;
      Files.write(file, bytes);
      assertThat(run(args)).as("byte %d changed", i).isEqualTo(TribunalVerify.DOES_NOT_VERIFY);
      bytes[i] ^= 1;
    }
  }

  @Test
  void checksAnEntryFileOrALeafHashAgainstTheReceipt() throws Exception {
    Path receipt = write("r.tlog-proof", log.receipt(3, 13).format());
    Path right = dir.resolve("right.bin");
    Files.write(right, log.entries.get(3));
    Path wrong = dir.resolve("wrong.bin");
    Files.write(wrong, log.entries.get(4));

    assertThat(run("verify-receipt", "--key", vkey, "--entry", right.toString(), receipt.toString())).isZero();
    assertThat(run("verify-receipt", "--key", vkey, "--entry", wrong.toString(), receipt.toString())).isEqualTo(1);
    assertThat(run("verify-receipt", "--key", vkey, "--leaf-hash",
        org.tribunal.merkle.hash.Rfc6962.leafHash(log.entries.get(3)).toHex(), receipt.toString())).isZero();
  }

  @Test
  void aMissingFileOrABadKeyCannotBeChecked() throws Exception {
    Path receipt = write("r.tlog-proof", log.receipt(6, 13).format());

    assertThat(run("verify-receipt", "--key", vkey, dir.resolve("missing").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("COULD NOT CHECK: no such file");
    assertThat(run("verify-receipt", "--key", "nobody+00000000+AAAA", receipt.toString())).isEqualTo(2);
    assertThat(run("verify-receipt", receipt.toString())).isEqualTo(2);
    assertThat(run("no-such-command")).isEqualTo(2);
  }

  @Test
  void aKeyCanBeGivenAsAFile() throws Exception {
    Path receipt = write("r.tlog-proof", log.receipt(0, 1).format());
    Path key = write("log.vkey", vkey + "\n");

    assertThat(run("verify-receipt", "--key", key.toString(), receipt.toString())).isZero();
  }

  @Test
  void aReceiptSignedByAnotherLogDoesNotVerify() throws Exception {
    Path receipt = write("r.tlog-proof", log.receipt(6, 13).format());
    String other = NoteSigner.generate("tribunal.example/log").verifier().verifierKey();

    assertThat(run("verify-receipt", "--key", other, receipt.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("DOES NOT VERIFY");
  }

  @Test
  void verifiesACheckpointWithAWitnessThreshold() throws Exception {
    NoteSigner w1 = NoteSigner.generate("w1.example", SignatureType.COSIGNATURE_V1);
    NoteSigner w2 = NoteSigner.generate("w2.example", SignatureType.COSIGNATURE_V1);
    NoteSigner w3 = NoteSigner.generate("w3.example", SignatureType.COSIGNATURE_V1);
    SignedCheckpoint cosigned = log.checkpoint(13).cosign(w1, 1).cosign(w3, 2);
    Path file = write("checkpoint", cosigned.format());
    List<String> witnesses = List.of(
        "--witness", w1.verifier().verifierKey(),
        "--witness", w2.verifier().verifierKey(),
        "--witness", w3.verifier().verifierKey());

    assertThat(run(args("verify-checkpoint", "--key", vkey, file.toString(), "--threshold", "2", witnesses))).isZero();
    assertThat(out.toString()).contains("2 of 3 witnesses cosigned");
    assertThat(run(args("verify-checkpoint", "--key", vkey, file.toString(), "--threshold", "3", witnesses))).isEqualTo(1);
    assertThat(err.toString()).contains("not witnessed: 2 of 3");
    assertThat(run(args("verify-checkpoint", "--key", vkey, file.toString(), "--threshold", "4", witnesses))).isEqualTo(2);
    assertThat(run("verify-checkpoint", "--key", vkey, file.toString())).isZero();
  }

  @Test
  void verifiesConsistencyAndCatchesARewrittenHistory() throws Exception {
    Path old = write("old", log.checkpoint(5).format());
    Path newer = write("new", log.checkpoint(13).format());
    Path proof = write("proof", lines(log.consistency(5, 13)));

    assertThat(run("consistency", "--key", vkey, old.toString(), newer.toString(), proof.toString())).isZero();

    TestLog rewritten = new TestLog(13);
    rewritten.entries.set(2, "a different decision".getBytes(StandardCharsets.UTF_8));
    SignedCheckpoint forged = SignedCheckpoint.sign(
        org.tribunal.merkle.checkpoint.Checkpoint.of(log.key.name(), 13, rewritten.root(13)), log.key);
    Path forgedFile = write("forged", forged.format());
    Path forgedProof = write("forged-proof", lines(rewritten.consistency(5, 13)));

    assertThat(run("consistency", "--key", vkey, old.toString(), forgedFile.toString(), forgedProof.toString()))
        .isEqualTo(1);
    assertThat(run("consistency", "--key", vkey, old.toString(), newer.toString(), forgedProof.toString()))
        .isEqualTo(1);
    assertThat(run("consistency", "--key", vkey, newer.toString(), old.toString(), proof.toString()))
        .isEqualTo(1);
  }

  private static String lines(List<Hash> hashes) {
    return hashes.stream().map(h -> h.toBase64() + "\n").collect(Collectors.joining());
  }

  private static String[] args(String a, String b, String c, String d, String e, String f, List<String> rest) {
    java.util.List<String> all = new java.util.ArrayList<>(List.of(a, b, c, d, e, f));
    all.addAll(rest);
    return all.toArray(String[]::new);
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    var commandLine = TribunalVerify.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }
}

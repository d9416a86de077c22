package org.tribunal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyBagCommandTests {

  @TempDir Path dir;

  static int run(String... args) {
    var cli = TribunalVerify.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  static String hex(String algorithm, byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
  }

  /** A small bag, built by hand as RFC 8493 describes it. */
  static Map<String, byte[]> bag() throws Exception {
    Map<String, byte[]> payload = new LinkedHashMap<>();
    payload.put("data/item/original/report.pdf", "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8));
    payload.put("data/item/working-copies/ocr.txt", "recognised text".getBytes(StandardCharsets.UTF_8));
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".getBytes(StandardCharsets.UTF_8));
    files.putAll(payload);
    StringBuilder m256 = new StringBuilder();
    StringBuilder m512 = new StringBuilder();
    for (var e : payload.entrySet()) {
      m256.append(hex("SHA-256", e.getValue())).append("  ").append(e.getKey()).append('\n');
      m512.append(hex("SHA-512", e.getValue())).append("  ").append(e.getKey()).append('\n');
    }
    files.put("manifest-sha256.txt", m256.toString().getBytes(StandardCharsets.UTF_8));
    files.put("manifest-sha512.txt", m512.toString().getBytes(StandardCharsets.UTF_8));
    long octets = payload.values().stream().mapToLong(b -> b.length).sum();
    files.put("bag-info.txt", ("Payload-Oxum: " + octets + "." + payload.size() + "\n").getBytes(StandardCharsets.UTF_8));
    files.put("custody/item.json", "{\"chain\":[]}".getBytes(StandardCharsets.UTF_8));
    StringBuilder t256 = new StringBuilder();
    for (var e : files.entrySet()) {
      if (!e.getKey().startsWith("data/")) {
        t256.append(hex("SHA-256", e.getValue())).append("  ").append(e.getKey()).append('\n');
      }
    }
    files.put("tagmanifest-sha256.txt", t256.toString().getBytes(StandardCharsets.UTF_8));
    return files;
  }

  static Path write(Path root, Map<String, byte[]> files) throws Exception {
    for (var e : files.entrySet()) {
      Path file = root.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, e.getValue());
    }
    return root;
  }

  @Test
  void aWellFormedBagVerifiesAsDirectoryAndAsZip() throws Exception {
    Map<String, byte[]> files = bag();
    assertThat(run("verify-bag", write(dir.resolve("bag"), files).toString())).isEqualTo(0);
    Path zip = dir.resolve("bag.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (var e : files.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    assertThat(run("verify-bag", zip.toString())).isEqualTo(0);
  }

  @Test
  void failsAfterAnyByteOfAnyFileIsChanged() throws Exception {
    Map<String, byte[]> files = bag();
    Path bag = write(dir.resolve("bag"), files);
    for (String path : files.keySet()) {
      byte[] original = files.get(path);
      for (int i = 0; i < original.length; i++) {
        byte[] changed = original.clone();
        changed[i] = (byte) (changed[i] == 'x' ? 'y' : 'x');
        Files.write(bag.resolve(path), changed);
        assertThat(run("verify-bag", bag.toString())).as("byte %d of %s changed", i, path).isEqualTo(1);
      }
      Files.write(bag.resolve(path), original);
    }
    assertThat(run("verify-bag", bag.toString())).isEqualTo(0);
  }

  @Test
  void failsWhenAFileIsAddedOrRemoved() throws Exception {
    Path bag = write(dir.resolve("bag"), bag());
    Files.writeString(bag.resolve("data/item/extra.txt"), "smuggled");
    assertThat(run("verify-bag", bag.toString())).isEqualTo(1);
    Files.delete(bag.resolve("data/item/extra.txt"));
    Files.delete(bag.resolve("data/item/working-copies/ocr.txt"));
    assertThat(run("verify-bag", bag.toString())).isEqualTo(1);
  }

  @Test
  void aMissingBagCannotBeChecked() {
    assertThat(run("verify-bag", dir.resolve("nothing").toString())).isEqualTo(2);
  }

  static List<Path> all(Path root) throws Exception {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  /** The bag's files with {@code tagmanifest-sha256.txt} recomputed over every tag file. */
  static Map<String, byte[]> withTagManifest(Map<String, byte[]> files) throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>(files);
    out.remove("tagmanifest-sha256.txt");
    StringBuilder t256 = new StringBuilder();
    for (var e : out.entrySet()) {
      if (!e.getKey().startsWith("data/")) {
        t256.append(hex("SHA-256", e.getValue())).append("  ").append(e.getKey()).append('\n');
      }
    }
    out.put("tagmanifest-sha256.txt", t256.toString().getBytes(StandardCharsets.UTF_8));
    return out;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void checksAReceiptCarryingItsEntryAgainstTheCustodyReport() throws Exception {
    String item = "3f1c2a9e-0000-4000-8000-000000000001";
    String commitment = "ab".repeat(32);
    TestLog log = new TestLog(5);
    log.entries.set(3, utf8("{\"actor\":\"registrar\",\"data\":{\"commitment\":\"" + commitment
        + "\",\"scheme\":\"sha256(salt || rfc8785(content))\"},\"id\":\"" + item
        + "\",\"type\":\"evidence.custody\",\"version\":1}"));
    String key = log.key.verifier().verifierKey();
    Map<String, byte[]> files = new LinkedHashMap<>(bag());
    files.remove("custody/item.json");
    files.put("custody/" + item + ".json", utf8("{\"chain\":[{\"sequence\":1,\"commitment\":\"" + commitment
        + "\",\"logIndex\":3},{\"sequence\":2,\"commitment\":\"" + "cd".repeat(32) + "\",\"logIndex\":null}]}"));
    files.put("receipts/3.tlog-proof", utf8(log.receipt(3, 5).format()));

    assertThat(run("verify-bag", "--key", key, write(dir.resolve("good"), withTagManifest(files)).toString())).isZero();
    assertThat(run("verify-bag", write(dir.resolve("no-key"), withTagManifest(files)).toString())).isZero();

    // the report commits to other content than the logged entry
    Map<String, byte[]> otherCommitment = new LinkedHashMap<>(files);
    otherCommitment.put("custody/" + item + ".json", utf8(new String(files.get("custody/" + item + ".json"),
        StandardCharsets.UTF_8).replace(commitment, "ef".repeat(32))));
    assertThat(run("verify-bag", "--key", key, write(dir.resolve("commitment"), withTagManifest(otherCommitment))
        .toString())).isEqualTo(1);

    // the receipt carries another entry at the same index
    Map<String, byte[]> otherEntry = new LinkedHashMap<>(files);
    var real = log.receipt(3, 5);
    otherEntry.put("receipts/3.tlog-proof", utf8(new org.tribunal.merkle.receipt.Receipt(utf8("decision 3"), 3,
        real.proof(), real.checkpoint()).format()));
    assertThat(run("verify-bag", "--key", key, write(dir.resolve("entry"), withTagManifest(otherEntry)).toString()))
        .isEqualTo(1);

    // one bit of the inclusion proof flipped: caught with and without the key
    Map<String, byte[]> flipped = new LinkedHashMap<>(files);
    byte[] first = real.proof().get(0).toByteArray();
    first[3] ^= 8;
    List<org.tribunal.merkle.hash.Hash> proof = new java.util.ArrayList<>(real.proof());
    proof.set(0, org.tribunal.merkle.hash.Hash.of(first));
    flipped.put("receipts/3.tlog-proof", utf8(new org.tribunal.merkle.receipt.Receipt(real.extra(), 3, proof,
        real.checkpoint()).format()));
    assertThat(run("verify-bag", write(dir.resolve("proof"), withTagManifest(flipped)).toString())).isEqualTo(1);
    assertThat(run("verify-bag", "--key", key, write(dir.resolve("proof-key"), withTagManifest(flipped)).toString()))
        .isEqualTo(1);

    // a receipt for an index no custody event has
    Map<String, byte[]> stray = new LinkedHashMap<>(files);
    stray.put("receipts/4.tlog-proof", utf8(log.receipt(4, 5).format()));
    assertThat(run("verify-bag", write(dir.resolve("stray"), withTagManifest(stray)).toString())).isEqualTo(1);
  }
}

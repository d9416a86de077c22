package org.tribunal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.Role;
import org.tribunal.record.RecordReceipts;
import org.tribunal.support.IntegrationTest;
import org.tribunal.verify.TribunalVerify;
import tools.jackson.databind.JsonNode;

/**
 * Receipts inside BagIt exports: one per custody event already in a published checkpoint, checked by
 * {@code tribunal-verify verify-bag} against the bag's custody reports (and the log key when given),
 * and refused once a receipt or the report it must match is changed, even with the tag manifests
 * recomputed to hide the change. (The record's receipts do not carry their log entry, so the entry
 * match of receipts that do is covered by tribunal-verify's own tests.)
 */
@IntegrationTest
class BagReceiptsIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired RecordReceipts receipts;
  @TempDir Path dir;

  EvidenceHttp registrar;

  @BeforeEach
  void registrar() {
    registrar = new EvidenceHttp("http://localhost:" + port, AccessFixtures.in(context).bearerToken(Role.REGISTRAR));
  }

  record Verdict(int status, String out) {}

  static Verdict verifyBag(String... args) {
    var cli = TribunalVerify.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    List<String> all = new ArrayList<>(List.of("verify-bag"));
    all.addAll(List.of(args));
    int status = cli.execute(all.toArray(String[]::new));
    return new Verdict(status, out.toString());
  }

  /** Exports the item as a zip and unpacks it into a directory. */
  Path exportBag(String id, String name) throws Exception {
    HttpResponse<InputStream> response = registrar.postJsonForStream("/api/v1/evidence/exports",
        "{\"items\":[\"" + id + "\"],\"reason\":\"Transmission to the trial chamber\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    Path bag = Files.createDirectories(dir.resolve(name));
    try (ZipInputStream zip = new ZipInputStream(response.body())) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        Path file = bag.resolve(e.getName());
        Files.createDirectories(file.getParent());
        Files.write(file, zip.readAllBytes());
      }
    }
    return bag;
  }

  /** Recomputes the tag manifests, as someone hiding a change to a tag file would. */
  static void rewriteTagManifests(Path bag) throws Exception {
    for (String algorithm : List.of("sha256", "sha512")) {
      Path manifest = bag.resolve("tagmanifest-" + algorithm + ".txt");
      StringBuilder text = new StringBuilder();
      for (String line : Files.readAllLines(manifest)) {
        String path = line.substring(line.indexOf("  ") + 2);
        byte[] digest = MessageDigest.getInstance(algorithm.equals("sha256") ? "SHA-256" : "SHA-512")
            .digest(Files.readAllBytes(bag.resolve(path)));
        text.append(HexFormat.of().formatHex(digest)).append("  ").append(path).append('\n');
      }
      Files.writeString(manifest, text);
    }
  }

  @Test
  void eachLoggedCustodyEventHasAReceiptThatVerifiesAgainstTheCustodyReport() throws Exception {
    byte[] bytes = new byte[30_000];
    new Random().nextBytes(bytes);
    JsonNode item = registrar.filePublic("intercept.wav", bytes);
    String id = item.get("id").asString();
    long index = await().atMost(Duration.ofSeconds(30)).until(() -> {
      JsonNode event = registrar.get("/api/v1/evidence/" + id + "/custody").body().get("chain").get(0);
      return event.get("logIndex") == null || event.get("logIndex").isNull() ? null : event.get("logIndex").asLong();
    }, java.util.Objects::nonNull);
    await().atMost(Duration.ofSeconds(30)).until(() -> receipts.findReceipt(index).isPresent());
    String key = registrar.get("/api/v1/record/log").body().get("verifierKey").asString();

    Path bag = exportBag(id, "bag");
    Path receipt = bag.resolve("receipts/" + index + ".tlog-proof");
    assertThat(receipt).exists();
    assertThat(Files.readString(bag.resolve("tagmanifest-sha256.txt"))).contains("receipts/" + index + ".tlog-proof");

    Verdict withKey = verifyBag("--key", key, bag.toString());
    assertThat(withKey.status()).as(withKey.out()).isZero();
    assertThat(withKey.out()).contains("1 receipts for logged custody events", "checkpoints signed by the log key");
    // each receipt carries its log entry, so the event, its commitment and the inclusion proof are checked
    assertThat(withKey.out()).doesNotContain("carry no log entry");
    Verdict withoutKey = verifyBag(bag.toString());
    assertThat(withoutKey.status()).as(withoutKey.out()).isZero();
    assertThat(withoutKey.out()).contains("checkpoint signatures not checked");

    // another log's key: the checkpoint signature does not verify
    String otherKey = "other.example+" + key.substring(key.indexOf('+') + 1);
    assertThat(verifyBag("--key", otherKey, bag.toString()).status()).isNotZero();

    // a receipt whose checkpoint root is changed, tag manifests recomputed: the log signature fails
    Path forgedRoot = exportBag(id, "forged-root");
    Path forged = forgedRoot.resolve("receipts/" + index + ".tlog-proof");
    List<String> lines = new ArrayList<>(Files.readAllLines(forged));
    int note = lines.indexOf("") + 1;
    byte[] root = Base64.getDecoder().decode(lines.get(note + 2));
    root[0] ^= 1;
    lines.set(note + 2, Base64.getEncoder().encodeToString(root));
    Files.writeString(forged, String.join("\n", lines) + "\n");
    rewriteTagManifests(forgedRoot);
    Verdict rootChanged = verifyBag("--key", key, forgedRoot.toString());
    assertThat(rootChanged.status()).as(rootChanged.out()).isEqualTo(1);
    assertThat(rootChanged.out()).contains("receipts/" + index + ".tlog-proof");

    // the custody report gives the event another log index, tag manifests recomputed: the receipt
    // no longer belongs to any custody event of the bag
    Path forgedReport = exportBag(id, "forged-report");
    Path json = forgedReport.resolve("custody/" + id + ".json");
    String report = Files.readString(json);
    assertThat(report).containsPattern("\"logIndex\"\\s*:\\s*" + index + "\\b");
    Files.writeString(json, report.replaceFirst("(\"logIndex\"\\s*:\\s*)" + index + "\\b", "$1" + (index + 5000)));
    rewriteTagManifests(forgedReport);
    Verdict reportChanged = verifyBag(forgedReport.toString());
    assertThat(reportChanged.status()).as(reportChanged.out()).isEqualTo(1);
    assertThat(reportChanged.out()).contains("no custody event in the bag has log index " + index);

    // a receipt renamed to another log index
    Path renamed = exportBag(id, "renamed");
    Files.move(renamed.resolve("receipts/" + index + ".tlog-proof"), renamed.resolve("receipts/" + (index + 1000)
        + ".tlog-proof"));
    Files.writeString(renamed.resolve("tagmanifest-sha256.txt"), Files.readString(renamed.resolve("tagmanifest-sha256.txt"))
        .replace("receipts/" + index + ".", "receipts/" + (index + 1000) + "."));
    Files.writeString(renamed.resolve("tagmanifest-sha512.txt"), Files.readString(renamed.resolve("tagmanifest-sha512.txt"))
        .replace("receipts/" + index + ".", "receipts/" + (index + 1000) + "."));
    Verdict moved = verifyBag(renamed.toString());
    assertThat(moved.status()).as(moved.out()).isEqualTo(1);
    assertThat(moved.out()).contains("proves log index " + index);
    assertThat(new String(Files.readAllBytes(bag.resolve("bagit.txt")), StandardCharsets.UTF_8)).startsWith("BagIt");
  }
}

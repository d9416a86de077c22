package org.tribunal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.Role;
import org.tribunal.access.UserManagement;
import org.tribunal.evidence.store.EvidenceStore;
import org.tribunal.shared.Classification;
import org.tribunal.support.IntegrationTest;
import org.tribunal.verify.TribunalVerify;
import tools.jackson.databind.JsonNode;

/** Custody sequence, working copies, integrity sweeps and BagIt export over real HTTP. */
@IntegrationTest
class EvidenceVaultIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired EvidenceStore store;
  @TempDir Path dir;

  EvidenceHttp registrar;

  @BeforeEach
  void registrar() {
    registrar = new EvidenceHttp("http://localhost:" + port, AccessFixtures.in(context).bearerToken(Role.REGISTRAR));
  }

  static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random().nextBytes(bytes);
    return bytes;
  }


  static int verifyBag(Path bag) {
    var cli = TribunalVerify.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(new StringWriter()));
    return cli.execute("verify-bag", bag.toString());
  }

  @Test
  void theChainIsGuardedAndNothingFollowsADestruction() throws Exception {
    String id = registrar.filePublic("seized-phone.img", randomBytes(10_000)).get("id").asString();
    String path = "/api/v1/evidence/" + id + "/custody";
    assertThat(registrar.postJson(path, "{\"action\":\"SEALED\",\"reason\":\"Bag 17\",\"location\":\"Vault B\"}")
        .status()).isEqualTo(201);
    EvidenceHttp.Answer returned = registrar.postJson(path, "{\"action\":\"RETURNED\",\"reason\":\"back\"}");
    assertThat(returned.status()).isEqualTo(409);
    assertThat(returned.body().get("type").asString()).isEqualTo("/problems/illegal-custody-event");
    assertThat(registrar.postJson(path, "{\"action\":\"DESTROYED\",\"reason\":\"Order\"}").status()).isEqualTo(422);
    assertThat(registrar.postJson(path,
        "{\"action\":\"DESTROYED\",\"reason\":\"Court order\",\"authority\":\"Order 2025/14 of the Pre-Trial Chamber\"}")
        .status()).isEqualTo(201);
    assertThat(registrar.postJson(path, "{\"action\":\"EXAMINED\",\"reason\":\"late\"}").status()).isEqualTo(409);
    JsonNode report = registrar.get(path).body();
    assertThat(report.get("chain").findValuesAsString("action")).containsExactly("RECEIVED", "SEALED", "DESTROYED");
    assertThat(report.get("item").get("status").asString()).isEqualTo("DESTROYED");
  }

  @Test
  void theSweepReportsACorruptedAndADeletedFile() throws Exception {
    JsonNode corrupted = registrar.filePublic("intercept.wav", randomBytes(20_000));
    JsonNode deleted = registrar.filePublic("photo.jpg", randomBytes(20_000));
    Path corruptedFile = store.localPath(corrupted.get("sha256").asString()).orElseThrow();
    byte[] bytes = Files.readAllBytes(corruptedFile);
    bytes[1234] ^= 0x40;
    Files.write(corruptedFile, bytes);
    Files.delete(store.localPath(deleted.get("sha256").asString()).orElseThrow());

    EvidenceHttp.Answer sweep = registrar.postJson("/api/v1/evidence/sweeps", "");
    assertThat(sweep.status()).isEqualTo(200);
    JsonNode findings = sweep.body().get("findings");
    Map<String, String> problems = new java.util.HashMap<>();
    findings.forEach(f -> problems.put(f.get("item").asString(), f.get("problem").asString()));
    assertThat(problems).containsEntry(corrupted.get("id").asString(), "MISMATCH")
        .containsEntry(deleted.get("id").asString(), "MISSING");
    JsonNode alarm = registrar.get("/api/v1/evidence/alarm").body();
    assertThat(alarm.get("raised").asBoolean()).isTrue();
    assertThat(alarm.get("lastSweep").get("id").asString()).isEqualTo(sweep.body().get("id").asString());
  }

  @Test
  void aSweepShowsEachRegistrarOnlyTheDamageOnItemsTheyMaySee() throws Exception {
    AccessFixtures fixtures = AccessFixtures.in(context);
    String cleared = fixtures.user(Role.REGISTRAR).user().username();
    context.getBean(UserManagement.class).grantClearance(cleared, Classification.CONFIDENTIAL, Set.of());
    EvidenceHttp confidentialRegistrar = new EvidenceHttp("http://localhost:" + port, fixtures.tokenFor(cleared));
    EvidenceHttp.Answer filed = confidentialRegistrar.upload("intercept-2.wav",
        () -> new ByteArrayInputStream(randomBytes(30_000)),
        Map.of("classification", "CONFIDENTIAL", "submitterState", "UKR"));
    assertThat(filed.status()).isEqualTo(201);
    JsonNode hidden = filed.body().get("item");
    JsonNode open = registrar.filePublic("open-letter.pdf", randomBytes(30_000));
    for (JsonNode item : List.of(hidden, open)) {
      Path file = store.localPath(item.get("sha256").asString()).orElseThrow();
      byte[] bytes = Files.readAllBytes(file);
      bytes[7] ^= 0x01;
      Files.write(file, bytes);
    }

    EvidenceHttp.Answer seenByPublicClearance = registrar.postJson("/api/v1/evidence/sweeps", "");
    assertThat(seenByPublicClearance.status()).isEqualTo(200);
    assertThat(seenByPublicClearance.body().get("findings").findValuesAsString("item"))
        .contains(open.get("id").asString()).doesNotContain(hidden.get("id").asString());
    String alarm = registrar.get("/api/v1/evidence/alarm").body().toString();
    assertThat(alarm).contains(open.get("id").asString())
        .doesNotContain(hidden.get("id").asString()).doesNotContain(hidden.get("sha256").asString());

    JsonNode seenByCleared = confidentialRegistrar.get("/api/v1/evidence/alarm").body().get("lastSweep");
    assertThat(seenByCleared.get("id").asString()).isEqualTo(seenByPublicClearance.body().get("id").asString());
    assertThat(seenByCleared.get("findings").findValuesAsString("item"))
        .contains(open.get("id").asString(), hidden.get("id").asString());
  }

  @Test
  void aBagItExportVerifiesOfflineAndFailsAfterAChangedByte() throws Exception {
    JsonNode item = registrar.filePublic("statement.pdf", randomBytes(40_000));
    String id = item.get("id").asString();
    EvidenceHttp.Answer copy = uploadWorkingCopy(id, "statement-en.txt", "translated".getBytes());
    assertThat(copy.status()).isEqualTo(201);
    assertThat(copy.body().get("kind").asString()).isEqualTo("TRANSLATION");

    HttpResponse<InputStream> response = registrar.postJsonForStream("/api/v1/evidence/exports",
        "{\"items\":[\"" + id + "\"],\"reason\":\"Disclosure to the defence\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    Path zip = dir.resolve("bag.zip");
    try (InputStream in = response.body()) {
      Files.copy(in, zip);
    }
    assertThat(verifyBag(zip)).isEqualTo(0);

    // the export is itself a custody event, naming the exact copy
    JsonNode chain = registrar.get("/api/v1/evidence/" + id + "/custody").body().get("chain");
    assertThat(chain.findValuesAsString("action")).containsExactly("RECEIVED", "COPIED", "COPIED");
    assertThat(chain.get(2).get("copySha256").asString()).isEqualTo(item.get("sha256").asString());

    // change one byte of the original inside the bag
    Path changed = dir.resolve("changed.zip");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(changed))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (entry.getName().endsWith("/original/statement.pdf")) {
          content[content.length / 2] ^= 1;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    assertThat(verifyBag(changed)).isEqualTo(1);
    // and one raw byte of the zip itself
    byte[] raw = Files.readAllBytes(zip);
    raw[raw.length / 3] ^= 1;
    Path flipped = Files.write(dir.resolve("flipped.zip"), raw);
    assertThat(verifyBag(flipped)).isNotZero();
  }

  EvidenceHttp.Answer uploadWorkingCopy(String id, String name, byte[] bytes) throws Exception {
    return new EvidenceHttp("http://localhost:" + port, AccessFixtures.in(context).bearerToken(Role.REGISTRAR))
        .uploadTo("/api/v1/evidence/" + id + "/working-copies", name, () -> new ByteArrayInputStream(bytes),
            Map.of("kind", "TRANSLATION", "tool", "DeepL 2025-06, checked by a sworn translator"));
  }
}

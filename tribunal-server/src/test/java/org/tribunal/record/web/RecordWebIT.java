package org.tribunal.record.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.Role;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.proof.ProofVerifier;
import org.tribunal.merkle.receipt.Receipt;
import org.tribunal.record.HttpLog;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.record.LogReceipt;
import org.tribunal.record.RecordQueries;
import org.tribunal.record.RecordReceipts;
import org.tribunal.record.witness.RegisteredWitness;
import org.tribunal.record.witness.WitnessRegistry;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.SignatureType;
import org.tribunal.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class RecordWebIT {

  @LocalServerPort int port;
  @Autowired PublicRecord record;
  @Autowired RecordQueries queries;
  @Autowired RecordReceipts receipts;
  @Autowired TransactionTemplate tx;
  @Autowired JsonMapper json;
  @Autowired ApplicationContext context;

  HttpLog log() {
    return new HttpLog("http://localhost:" + port);
  }

  String appendAndAwaitCheckpoint(int count) throws Exception {
    String id = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> {
      for (int v = 1; v <= count; v++) {
        record.append(new RecordEntry("test.web", id, v, null, "tester", null, Map.of("v", v)));
      }
    });
    long last = await().atMost(Duration.ofSeconds(20))
        .until(() -> queries.findIndex("test.web", id, count), i -> i.isPresent()).getAsLong();
    await().atMost(Duration.ofSeconds(20)).until(() -> log().checkpoint().checkpoint().size() > last);
    return id;
  }

  NoteVerifier key() throws Exception {
    JsonNode info = json.readTree(log().text("/api/v1/record/log"));
    return NoteVerifier.parse(info.get("verifierKey").asString());
  }

  @Test
  void servesTheLogAsTlogTilesThatAnOutsideAuditorCanCheck() throws Exception {
    appendAndAwaitCheckpoint(300);
    HttpLog log = log();
    HttpResponse<byte[]> checkpoint = log.get("/log/checkpoint");
    assertThat(checkpoint.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(checkpoint.headers().firstValue("Cache-Control")).hasValue("max-age=2, public");

    Checkpoint verified = log.audit(key());
    assertThat(verified.origin()).isEqualTo("tribunal.localhost");
    assertThat(verified.size()).isGreaterThanOrEqualTo(300);

    HttpResponse<byte[]> full = log.get("/log/tile/0/000");
    assertThat(full.statusCode()).isEqualTo(200);
    assertThat(full.body()).hasSize(8192);
    assertThat(full.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
    HttpResponse<byte[]> partial = log.get("/log/tile/0/000.p/7");
    assertThat(partial.body()).isEqualTo(java.util.Arrays.copyOf(full.body(), 7 * 32));
    assertThat(partial.headers().firstValue("Cache-Control")).hasValue("max-age=10, public");
    assertThat(log.get("/log/tile/entries/000").statusCode()).isEqualTo(200);
    assertThat(log.get("/log/tile/0/x000/000").statusCode()).isEqualTo(404); // not canonical
    assertThat(log.get("/log/tile/0/999").statusCode()).isEqualTo(404); // not there yet
    assertThat(log.get("/log/tile/entries/000.p/0").statusCode()).isEqualTo(404);
  }

  @Test
  void givesProofsThatVerifyAgainstThePublishedCheckpoint() throws Exception {
    String id = appendAndAwaitCheckpoint(20);
    HttpLog log = log();
    Checkpoint cp = log.checkpoint().verify(key());
    long index = queries.findIndex("test.web", id, 7).getAsLong();
    byte[] entry = log.get("/api/v1/record/entries/" + index).body();
    assertThat(new String(entry, StandardCharsets.UTF_8)).contains("\"version\":7");

    JsonNode inclusion = json.readTree(log.text("/api/v1/record/proofs/inclusion?index=" + index + "&size=" + cp.size()));
    ProofVerifier.verifyInclusion(index, cp.size(), Rfc6962.leafHash(entry), hashes(inclusion), cp.root());

    JsonNode consistency = json.readTree(log.text("/api/v1/record/proofs/consistency?from=" + (index + 1) + "&to=" + cp.size()));
    assertThat(consistency.get("hashes")).isNotNull();

    HttpResponse<byte[]> bad = log.get("/api/v1/record/proofs/inclusion?index=" + cp.size() + "&size=" + cp.size());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("/problems/index-not-in-tree");
    assertThat(log.get("/api/v1/record/proofs/inclusion?index=0&size=" + (cp.size() + 100_000)).statusCode()).isEqualTo(422);
  }

  @Test
  void downloadsAReceiptThatProvesTheEntry() throws Exception {
    String id = appendAndAwaitCheckpoint(3);
    HttpLog log = log();
    HttpResponse<byte[]> response = log.get("/api/v1/record/receipts?type=test.web&id=" + id + "&version=2");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".tlog-proof"));
    Receipt receipt = Receipt.parse(new String(response.body(), StandardCharsets.UTF_8));
    Checkpoint cp = receipt.checkpoint().verify(key());
    byte[] entry = log.get("/api/v1/record/entries/" + receipt.index()).body();
    ProofVerifier.verifyInclusion(receipt.index(), cp.size(), Rfc6962.leafHash(entry), receipt.proof(), cp.root());
    // the receipt carries the same entry, so it verifies offline on its own
    assertThat(receipt.extra()).isEqualTo(entry);
    assertThat(new String(receipt.extra(), StandardCharsets.UTF_8)).contains("\"test.web\"");

    assertThat(log.get("/api/v1/record/receipts?type=test.web&id=" + id + "&version=9").statusCode()).isEqualTo(404);
  }

  @Test
  void givesOtherModulesTheReceiptTheDownloadServes() throws Exception {
    String id = appendAndAwaitCheckpoint(4);
    long index = queries.findIndex("test.web", id, 3).getAsLong();

    LogReceipt byIndex = receipts.findReceipt(index).orElseThrow();
    LogReceipt byRef = receipts.findReceipt("test.web", id, 3).orElseThrow();
    assertThat(byRef.index()).isEqualTo(index);
    Receipt parsed = Receipt.parse(byIndex.text());
    Checkpoint cp = parsed.checkpoint().verify(key());
    assertThat(parsed.index()).isEqualTo(index);
    assertThat(byIndex.treeSize()).isEqualTo(cp.size());
    byte[] entry = log().get("/api/v1/record/entries/" + index).body();
    ProofVerifier.verifyInclusion(index, cp.size(), Rfc6962.leafHash(entry), parsed.proof(), cp.root());

    String downloaded = log().text("/api/v1/record/receipts?type=test.web&id=" + id + "&version=3");
    LogReceipt now = receipts.findReceipt(index).orElseThrow();
    if (now.treeSize() == Receipt.parse(downloaded).checkpoint().checkpoint().size()) {
      assertThat(now.text()).isEqualTo(downloaded);
    }
    assertThat(receipts.findReceipt("test.web", id, 9)).isEmpty();
    assertThat(receipts.findReceipt(-1)).isEmpty();
    assertThat(receipts.findReceipt(Long.MAX_VALUE)).isEmpty();
  }

  @Test
  void showsTheRecordPagesInEveryLanguage() throws Exception {
    String id = appendAndAwaitCheckpoint(2);
    HttpLog log = log();
    String about = log.text("/record?lang=en");
    assertThat(about).contains("About the record").contains(key().verifierKey()).contains("tribunal-verify");
    assertThat(log.text("/record?lang=fr")).contains("À propos du registre public");
    assertThat(log.text("/record?lang=uk")).contains("Про публічний реєстр");
    String history = log.text("/record/entries?type=test.web&id=" + id);
    assertThat(history).contains("record-versions").contains("/api/v1/record/receipts?type=test.web&amp;id=" + id + "&amp;version=2");
  }

  @Test
  void letsOnlyRegistrarsRegisterWitnesses() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String body = "{\"verifierKey\":\"witness.example.org+e86f7461+BAemx4dUgMsvlqoNlzegdjMs4PyGC8zXb7PndI6ZbfIj\","
        + "\"url\":\"http://127.0.0.1:9\",\"stateCode\":\"UKR\"}";
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/record/witnesses"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    assertThat(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    String secretariat = AccessFixtures.in(context).bearerToken(Role.SECRETARIAT);
    assertThat(http.send(request.copy().header("Authorization", AccessFixtures.bearer(secretariat)).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    String registrar = AccessFixtures.in(context).bearerToken(Role.REGISTRAR);
    HttpResponse<String> created = http.send(request.copy().header("Authorization", AccessFixtures.bearer(registrar)).build(),
        HttpResponse.BodyHandlers.ofString());
    // the key in tlog.md §9 is named witness.example.com/w1; this one is renamed, so its ID does not match
    assertThat(created.statusCode()).isEqualTo(400);
    assertThat(created.body()).contains("/problems/invalid-witness-key");
  }

  @Test
  void deactivatesWitnessesWhoseNamesHoldASlash() throws Exception {
    WitnessRegistry witnesses = context.getBean(WitnessRegistry.class);
    String slashed = "witness.example.com/w1";
    witnesses.register(slashed + "+e86f7461+BAemx4dUgMsvlqoNlzegdjMs4PyGC8zXb7PndI6ZbfIj", "http://127.0.0.1:9", "UKR", "test");
    NoteSigner plainKey = NoteSigner.generate("witness-plain.example", SignatureType.COSIGNATURE_V1);
    witnesses.register(plainKey.verifier().verifierKey(), "http://127.0.0.1:9", "POL", "test");
    String registrar = AccessFixtures.bearer(AccessFixtures.in(context).bearerToken(Role.REGISTRAR));
    HttpClient http = HttpClient.newHttpClient();

    HttpRequest byQuery = HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/v1/record/witnesses?name=" + java.net.URLEncoder.encode(slashed, StandardCharsets.UTF_8)))
        .header("Authorization", registrar).DELETE().build();
    assertThat(http.send(byQuery, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
    HttpRequest byPath = HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/v1/record/witnesses/witness-plain.example"))
        .header("Authorization", registrar).DELETE().build();
    assertThat(http.send(byPath, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);

    assertThat(witnesses.all()).filteredOn(w -> w.name().equals(slashed) || w.name().equals("witness-plain.example"))
        .hasSize(2).noneMatch(RegisteredWitness::active);
    HttpRequest unknown = HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/v1/record/witnesses?name=nobody.example%2Fw9"))
        .header("Authorization", registrar).DELETE().build();
    assertThat(http.send(unknown, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
  }

  static List<Hash> hashes(JsonNode proof) {
    return proof.get("hashes").valueStream().map(n -> Hash.of(Base64.getDecoder().decode(n.asString()))).toList();
  }
}

package org.tribunal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.Role;
import org.tribunal.access.UserManagement;
import org.tribunal.evidence.store.EvidenceStore;
import org.tribunal.evidence.store.FileSystemEvidenceStore;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;
import org.tribunal.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Intake over real HTTP: hashes, deduplication, interrupted uploads, visibility, the custody record. */
@IntegrationTest
class EvidenceIntakeIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired EvidenceStore store;

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

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static Map<String, String> publicItem() {
    return Map.of("classification", "PUBLIC", "submitterState", "UKR", "acquisitionMethod", "OPEN_SOURCE_CAPTURE",
        "acquiredOn", "2025-02-24", "acquiredAt", "https://example.org/video", "consent", "Public source");
  }

  @Test
  void storesTheFileUnderItsHashAndSealsTheReceipt() throws Exception {
    byte[] bytes = randomBytes(300_000);
    EvidenceHttp.Answer answer = registrar.upload("strike.mp4", () -> new ByteArrayInputStream(bytes), publicItem());

    assertThat(answer.status()).isEqualTo(201);
    JsonNode item = answer.body().get("item");
    assertThat(item.get("sha256").asString()).isEqualTo(sha256(bytes));
    assertThat(item.get("sha512").asString()).hasSize(128);
    assertThat(item.get("size").asLong()).isEqualTo(bytes.length);
    assertThat(item.get("fileName").asString()).isEqualTo("strike.mp4");
    assertThat(item.get("submissions").get(0).get("submitterState").asString()).isEqualTo("UKR");
    assertThat(item.get("metadata").get("Content-Type").asString()).isNotBlank();
    assertThat(store.localPath(sha256(bytes))).isPresent();

    String id = item.get("id").asString();
    JsonNode chain = await().atMost(Duration.ofSeconds(20))
        .until(() -> registrar.get("/api/v1/evidence/" + id + "/custody").body().get("chain"),
            c -> c.size() == 1 && !c.get(0).get("logIndex").isNull());
    assertThat(chain.get(0).get("action").asString()).isEqualTo("RECEIVED");
    assertThat(chain.get(0).get("commitment").asString()).hasSize(64);
  }

  @Test
  void aDuplicateIsOneItemWithASecondSubmission() throws Exception {
    byte[] bytes = randomBytes(50_000);
    EvidenceHttp.Answer first = registrar.upload("a.jpg", () -> new ByteArrayInputStream(bytes), publicItem());
    EvidenceHttp.Answer second = registrar.upload("copy-of-a.jpg", () -> new ByteArrayInputStream(bytes),
        Map.of("classification", "PUBLIC", "submitterOrganisation", "An NGO", "sharedWith", "POL"));

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body().get("duplicate").asBoolean()).isTrue();
    assertThat(second.body().get("submission").asInt()).isEqualTo(2);
    String id = first.body().get("item").get("id").asString();
    assertThat(second.body().get("item").get("id").asString()).isEqualTo(id);
    JsonNode report = registrar.get("/api/v1/evidence/" + id + "/custody").body();
    assertThat(report.get("item").get("submissions")).hasSize(2);
    assertThat(report.get("item").get("submissions").get(1).get("originalFileName").asString()).isEqualTo("copy-of-a.jpg");
    assertThat(report.get("chain")).hasSize(2);
    assertThat(report.get("chain").get(1).get("submission").asInt()).isEqualTo(2);
    assertThat(registrar.get("/api/v1/evidence?sha256=" + sha256(bytes)).body().get("items")).hasSize(1);
  }

  @Test
  void anInterruptedUploadLeavesNoItemAndCanBeRetried() throws Exception {
    byte[] bytes = randomBytes(2_000_000);
    String token = AccessFixtures.in(context).bearerToken(Role.REGISTRAR);
    String boundary = "----cut" + UUID.randomUUID();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"classification\"\r\n\r\nPUBLIC\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.bin\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    long length = head.length() + bytes.length + tail.length();
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/v1/evidence HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
          + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + length
          + "\r\n\r\n" + head).getBytes(StandardCharsets.US_ASCII));
      out.write(bytes, 0, bytes.length / 2);
      out.flush();
    }
    String sha = sha256(bytes);
    Path incoming = ((FileSystemEvidenceStore) store).root().resolve("incoming");
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      assertThat(registrar.get("/api/v1/evidence?sha256=" + sha).body().get("items")).isEmpty();
      try (var staged = Files.list(incoming)) {
        assertThat(staged).isEmpty();
      }
    });
    assertThat(store.contains(sha)).isFalse();

    EvidenceHttp.Answer retry = registrar.upload("cut.bin", () -> new ByteArrayInputStream(bytes),
        Map.of("classification", "PUBLIC"));
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.body().get("duplicate").asBoolean()).isFalse();
    assertThat(retry.body().get("item").get("sha256").asString()).isEqualTo(sha);
  }

  @Test
  void aResubmissionOfBytesHeldInAnItemTheCallerMayNotSeeMakesAnItemTheCallerCanRead() throws Exception {
    AccessFixtures fixtures = AccessFixtures.in(context);
    String cleared = fixtures.user(Role.REGISTRAR).user().username();
    context.getBean(UserManagement.class).grantClearance(cleared, Classification.SECRET, Set.of("sources"));
    EvidenceHttp vault = new EvidenceHttp("http://localhost:" + port, fixtures.tokenFor(cleared));
    byte[] bytes = randomBytes(20_000);
    EvidenceHttp.Answer held = vault.upload("informant.pdf", () -> new ByteArrayInputStream(bytes),
        Map.of("classification", "SECRET", "compartments", "sources", "submitterOrganisation", "Hidden source",
            "sharedWith", "POL"));
    String heldId = held.body().get("item").get("id").asString();

    EvidenceHttp.Answer again = registrar.upload("found.pdf", () -> new ByteArrayInputStream(bytes), publicItem());
    EvidenceHttp.Answer fresh = registrar.upload("found.pdf", () -> new ByteArrayInputStream(randomBytes(20_000)),
        publicItem());

    // the answer is the one a fresh intake gives
    assertThat(held.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(fresh.status()).isEqualTo(201);
    assertThat(fieldNames(again.body())).isEqualTo(fieldNames(fresh.body()));
    assertThat(fieldNames(again.body().get("item"))).isEqualTo(fieldNames(fresh.body().get("item")));
    assertThat(again.body().get("duplicate").asBoolean()).isFalse();
    assertThat(again.body().get("submission").asInt()).isEqualTo(1);
    JsonNode item = again.body().get("item");
    String ownId = item.get("id").asString();
    assertThat(ownId).isNotEqualTo(heldId);
    assertThat(item.get("classification").asString()).isEqualTo("PUBLIC");
    assertThat(item.get("compartments")).isEmpty();
    assertThat(item.get("submissions")).hasSize(1);
    assertThat(item.get("sharedWith").toString()).isEqualTo("[\"UKR\"]");
    assertThat(item.toString()).doesNotContain(heldId, "Hidden source", "informant.pdf", "sources", "POL", cleared);

    // the submitter reads what they submitted: the item, its custody, its bytes
    EvidenceHttp.Answer read = registrar.get("/api/v1/evidence/" + ownId);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("sha256").asString()).isEqualTo(sha256(bytes));
    assertThat(read.body().get("submissions")).hasSize(1);
    assertThat(read.body().toString()).doesNotContain(heldId, "Hidden source", "informant.pdf", "sources", cleared);
    JsonNode custody = registrar.get("/api/v1/evidence/" + ownId + "/custody").body();
    assertThat(custody.get("chain")).hasSize(1);
    assertThat(custody.toString()).doesNotContain(heldId, "Hidden source", "informant.pdf", cleared);
    assertThat(registrar.getBytes("/api/v1/evidence/" + ownId + "/content").body()).isEqualTo(bytes);

    // nothing counts or names the hidden item: a search by hash finds one item, the hidden id answers
    // exactly like an id that was never issued
    JsonNode found = registrar.get("/api/v1/evidence?sha256=" + sha256(bytes)).body().get("items");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("id").asString()).isEqualTo(ownId);
    EvidenceHttp.Answer hidden = registrar.get("/api/v1/evidence/" + heldId);
    String neverIssued = UUID.randomUUID().toString();
    EvidenceHttp.Answer missing = registrar.get("/api/v1/evidence/" + neverIssued);
    assertThat(hidden.status()).isEqualTo(missing.status()).isEqualTo(404);
    assertThat(hidden.body().toString().replace(heldId, "ID"))
        .isEqualTo(missing.body().toString().replace(neverIssued, "ID"));

    // the same submitter sending the bytes again joins their own item, never the hidden one
    EvidenceHttp.Answer third = registrar.upload("found-again.pdf", () -> new ByteArrayInputStream(bytes),
        publicItem());
    assertThat(third.status()).isEqualTo(200);
    assertThat(third.body().get("duplicate").asBoolean()).isTrue();
    assertThat(third.body().get("item").get("id").asString()).isEqualTo(ownId);
    assertThat(third.body().get("submission").asInt()).isEqualTo(2);

    // the hidden item is untouched; the registry cleared for both sees two items sharing one stored file
    JsonNode heldNow = vault.get("/api/v1/evidence/" + heldId).body();
    assertThat(heldNow.get("submissions")).hasSize(1);
    assertThat(heldNow.get("classification").asString()).isEqualTo("SECRET");
    assertThat(vault.get("/api/v1/evidence?sha256=" + sha256(bytes)).body().get("items")).hasSize(2);
    assertThat(store.localPath(sha256(bytes))).isPresent();
  }

  private static java.util.List<String> fieldNames(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>(node.propertyNames());
    java.util.Collections.sort(names);
    return names;
  }

  @Test
  void aRawBodyUploadStreamsPastTheApiBodyLimit() throws Exception {
    byte[] bytes = randomBytes(2_500_000);
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    String token = AccessFixtures.in(context).bearerToken(Role.REGISTRAR);
    java.net.http.HttpResponse<String> stored = client.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://localhost:" + port
                + "/api/v1/evidence?originalFileName=stream.bin&classification=PUBLIC&submitterState=UKR"))
        .header("Authorization", AccessFixtures.bearer(token)).header("Content-Type", "application/octet-stream")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    java.net.http.HttpResponse<String> elsewhere = client.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://localhost:" + port + "/api/v1/evidence/sweeps"))
        .header("Authorization", AccessFixtures.bearer(token)).header("Content-Type", "application/octet-stream")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    JsonNode item = tools.jackson.databind.json.JsonMapper.builder().build().readTree(stored.body()).get("item");
    assertThat(item.get("sha256").asString()).isEqualTo(sha256(bytes));
    assertThat(item.get("size").asLong()).isEqualTo(bytes.length);
    assertThat(item.get("fileName").asString()).isEqualTo("stream.bin");
    assertThat(item.get("classification").asString()).isEqualTo("PUBLIC");
    assertThat(store.localPath(sha256(bytes))).isPresent();
    assertThat(elsewhere.statusCode()).isEqualTo(413);
  }

  @Test
  void aForbiddenItemAnswersLikeAMissingOne() throws Exception {
    AccessFixtures fixtures = AccessFixtures.in(context);
    EvidenceHttp ukraine = new EvidenceHttp("http://localhost:" + port, fixtures.delegationToken(StateCode.of("UKR")));
    EvidenceHttp poland = new EvidenceHttp("http://localhost:" + port, fixtures.delegationToken(StateCode.of("POL")));
    String shared = registrar.upload("shared.pdf", () -> new ByteArrayInputStream(randomBytes(1000)),
        Map.of("classification", "PUBLIC", "sharedWith", "UKR")).body().get("item").get("id").asString();
    String restricted = registrar.upload("restricted.pdf", () -> new ByteArrayInputStream(randomBytes(1000)),
        Map.of("classification", "RESTRICTED", "sharedWith", "UKR")).body().get("item").get("id").asString();

    assertThat(ukraine.get("/api/v1/evidence/" + shared).status()).isEqualTo(200);
    EvidenceHttp.Answer notShared = poland.get("/api/v1/evidence/" + shared);
    EvidenceHttp.Answer missing = poland.get("/api/v1/evidence/" + UUID.randomUUID());
    assertThat(notShared.status()).isEqualTo(404);
    assertThat(notShared.body().get("type").asString()).isEqualTo(missing.body().get("type").asString());
    // PUBLIC clearance: neither the delegation nor the registrar may read a RESTRICTED item
    assertThat(ukraine.get("/api/v1/evidence/" + restricted).status()).isEqualTo(404);
    assertThat(registrar.get("/api/v1/evidence/" + restricted).status()).isEqualTo(404);
    assertThat(ukraine.get("/api/v1/evidence").body().get("items").findValuesAsString("id"))
        .contains(shared).doesNotContain(restricted);
  }
}

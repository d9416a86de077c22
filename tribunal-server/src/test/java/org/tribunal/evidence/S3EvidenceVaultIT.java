package org.tribunal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.Role;
import org.tribunal.evidence.store.EvidenceStore;
import org.tribunal.evidence.store.S3EvidenceStore;
import org.tribunal.evidence.store.S3ProxyProcess;
import org.tribunal.support.IntegrationTest;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

/**
 * The whole server with {@code tribunal.evidence.store=s3} against a real S3-compatible server
 * (S3Proxy in its own JVM): uploads land as content-addressed objects, downloads stream them back,
 * and the integrity sweep finds an object overwritten in the bucket and one deleted from it.
 */
@IntegrationTest
@DirtiesContext
class S3EvidenceVaultIT {

  static final String BUCKET = "tribunal-evidence";

  static S3ProxyProcess s3;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired EvidenceStore store;

  EvidenceHttp registrar;

  @DynamicPropertySource
  static void s3Store(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("tribunal-s3proxy");
    s3 = S3ProxyProcess.start(dir);
    s3.createBucket(BUCKET);
    registry.add("tribunal.evidence.store", () -> "s3");
    registry.add("tribunal.evidence.s3.endpoint", () -> s3.endpoint().toString());
    registry.add("tribunal.evidence.s3.region", () -> S3ProxyProcess.REGION);
    registry.add("tribunal.evidence.s3.bucket", () -> BUCKET);
    registry.add("tribunal.evidence.s3.prefix", () -> "vault/");
    registry.add("tribunal.evidence.s3.access-key", () -> S3ProxyProcess.ACCESS_KEY);
    registry.add("tribunal.evidence.s3.secret-key", () -> S3ProxyProcess.SECRET_KEY);
    registry.add("tribunal.evidence.s3.staging-dir", () -> dir.resolve("staging").toString());
  }

  @AfterAll
  static void stopS3() {
    if (s3 != null) {
      s3.close();
    }
  }

  @BeforeEach
  void registrar() {
    registrar = new EvidenceHttp("http://localhost:" + port, AccessFixtures.in(context).bearerToken(Role.REGISTRAR));
  }

  static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }


  @Test
  void keepsUploadsInTheBucketAndTheSweepFindsAnOverwrittenAndADeletedObject() throws Exception {
    assertThat(store).isInstanceOf(S3EvidenceStore.class);
    S3EvidenceStore s3Store = (S3EvidenceStore) store;
    byte[] kept = randomBytes(300_000, 1);
    JsonNode intact = registrar.filePublic("statement.pdf", kept);
    JsonNode overwritten = registrar.filePublic("intercept.wav", randomBytes(20_000, 2));
    JsonNode deleted = registrar.filePublic("photo.jpg", randomBytes(20_000, 3));
    String sha = intact.get("sha256").asString();

    try (S3Client client = s3.client()) {
      assertThat(client.headObject(b -> b.bucket(BUCKET).key(s3Store.keyOf(sha))).contentLength()).isEqualTo(300_000L);
      assertThat(s3Store.keyOf(sha)).startsWith("vault/sha256/");
      assertThat(client.headObject(b -> b.bucket(BUCKET).key(s3Store.keyOf(sha) + ".metadata.json")).contentLength())
          .isPositive();

      var download = registrar.getBytes("/api/v1/evidence/" + intact.get("id").asString() + "/content");
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body()).isEqualTo(kept);

      EvidenceHttp.Answer duplicate = registrar.upload("statement-again.pdf", () -> new ByteArrayInputStream(kept),
          Map.of("classification", "PUBLIC", "submitterState", "POL"));
      assertThat(duplicate.status()).isEqualTo(200);
      assertThat(duplicate.body().get("duplicate").asBoolean()).isTrue();
      assertThat(duplicate.body().get("item").get("id").asString()).isEqualTo(intact.get("id").asString());

      // metadata is read by streaming the object back: the store has no local file
      JsonNode minutes = registrar.filePublic("minutes.txt",
          "Minutes of the core group meeting in Strasbourg, 19 March 2025.\n".getBytes(StandardCharsets.UTF_8));
      assertThat(minutes.get("metadata").get("Content-Type").asString()).startsWith("text/plain");

      EvidenceHttp.Answer clean = registrar.postJson("/api/v1/evidence/sweeps", "");
      assertThat(clean.status()).isEqualTo(200);
      assertThat(problems(clean.body())).doesNotContainKeys(intact.get("id").asString(),
          overwritten.get("id").asString(), deleted.get("id").asString());

      client.putObject(b -> b.bucket(BUCKET).key(s3Store.keyOf(overwritten.get("sha256").asString())),
          RequestBody.fromBytes(randomBytes(20_000, 99)));
      client.deleteObject(b -> b.bucket(BUCKET).key(s3Store.keyOf(deleted.get("sha256").asString())));
    }

    EvidenceHttp.Answer sweep = registrar.postJson("/api/v1/evidence/sweeps", "");
    assertThat(sweep.status()).isEqualTo(200);
    Map<String, String> problems = problems(sweep.body());
    assertThat(problems).containsEntry(overwritten.get("id").asString(), "MISMATCH")
        .containsEntry(deleted.get("id").asString(), "MISSING")
        .doesNotContainKey(intact.get("id").asString());
    JsonNode alarm = registrar.get("/api/v1/evidence/alarm").body();
    assertThat(alarm.get("raised").asBoolean()).isTrue();
  }

  static Map<String, String> problems(JsonNode sweep) {
    Map<String, String> problems = new HashMap<>();
    sweep.get("findings").forEach(f -> problems.put(f.get("item").asString(), f.get("problem").asString()));
    return problems;
  }
}

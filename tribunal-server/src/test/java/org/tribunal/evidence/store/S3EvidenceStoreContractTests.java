package org.tribunal.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The {@link EvidenceStoreContract} on the S3 store against a real S3-compatible server (S3Proxy in
 * its own JVM, AWS signatures checked), each test in a fresh bucket under a key prefix.
 */
class S3EvidenceStoreContractTests extends EvidenceStoreContract {

  static final long PART_SIZE = 16L << 20;

  @TempDir static Path serverDir;
  static S3ProxyProcess server;
  static S3Client direct;

  @TempDir Path staging;
  String bucket;
  S3EvidenceStore store;

  @BeforeAll
  static void startServer() throws IOException {
    server = S3ProxyProcess.start(serverDir);
    direct = server.client();
  }

  @AfterAll
  static void stopServer() {
    if (direct != null) {
      direct.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void open() {
    bucket = "evidence-" + UUID.randomUUID();
    server.createBucket(bucket);
    store = new S3EvidenceStore(server.client(), bucket, "vault", PART_SIZE, staging);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Override
  EvidenceStore store() {
    return store;
  }

  @Override
  void overwriteBehindTheStore(String sha256, byte[] bytes) {
    direct.putObject(b -> b.bucket(bucket).key(store.keyOf(sha256)), RequestBody.fromBytes(bytes));
  }

  @Override
  void removeBehindTheStore(String sha256) {
    direct.deleteObject(b -> b.bucket(bucket).key(store.keyOf(sha256)));
  }

  @Override
  Optional<byte[]> sidecar(String sha256, String name) {
    try {
      return Optional.of(direct.getObjectAsBytes(b -> b.bucket(bucket).key(store.keyOf(sha256) + "." + name))
          .asByteArray());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  @Override
  long stagedFiles() throws IOException {
    try (var files = Files.list(staging)) {
      return files.count();
    }
  }

  @Test
  void keysObjectsBySha256UnderThePrefixAndUploadsLargeFilesInParts() throws Exception {
    byte[] bytes = random(1_000, 9);
    StagedFile small = store.stage(new java.io.ByteArrayInputStream(bytes), Long.MAX_VALUE);
    store.keep(small);
    String sha = small.hashes().sha256();
    assertThat(store.keyOf(sha)).isEqualTo("vault/sha256/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha);
    assertThat(direct.headObject(b -> b.bucket(bucket).key(store.keyOf(sha))).contentLength()).isEqualTo(1_000L);

    long size = PART_SIZE + S3EvidenceStore.MIN_PART_SIZE + 1;
    StagedFile large = store.stage(new GeneratedBytes(size, 10), Long.MAX_VALUE);
    assertThat(store.keep(large)).isTrue();
    String eTag = direct.headObject(b -> b.bucket(bucket).key(store.keyOf(large.hashes().sha256()))).eTag();
    assertThat(eTag).as("a multipart ETag ends with the part count").endsWith("-2\"");
    assertThat(store.rehash(large.hashes().sha256())).contains(large.hashes());
    assertThat(store.localPath(sha)).isEmpty();
  }
}

package org.tribunal.evidence.store;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for tests: S3Proxy (copied to {@code target/s3proxy/s3proxy.jar} by the
 * build) in its own JVM, with AWS V2/V4 signatures, a fixed test identity and the jclouds
 * {@code filesystem} provider in a given directory. Killed on {@link #close()}.
 */
public final class S3ProxyProcess implements AutoCloseable {

  /** The access key the server accepts. */
  public static final String ACCESS_KEY = "tribunal-test-access";

  /** The secret the server accepts (a test value, not a credential of anything). */
  public static final String SECRET_KEY = "tribunal-test-secret";

  /** The signing region. */
  public static final String REGION = "us-east-1";

  private final Process process;
  private final URI endpoint;

  private S3ProxyProcess(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /**
   * Starts S3Proxy keeping its buckets under {@code dir} and waits until it answers.
   *
   * @throws IllegalStateException if the jar was not copied by the build or the server exits
   */
  public static S3ProxyProcess start(Path dir) throws IOException {
    Path jar = Path.of("target", "s3proxy", "s3proxy.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run the build's process-test-resources phase");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path blobs = Files.createDirectories(dir.resolve("blobs"));
    Properties properties = new Properties();
    properties.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + port);
    properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
    properties.setProperty("s3proxy.identity", ACCESS_KEY);
    properties.setProperty("s3proxy.credential", SECRET_KEY);
    properties.setProperty("jclouds.provider", "filesystem");
    properties.setProperty("jclouds.filesystem.basedir", blobs.toString());
    properties.setProperty("jclouds.identity", "unused");
    properties.setProperty("jclouds.credential", "unused");
    Path config = dir.resolve("s3proxy.properties");
    try (var out = Files.newBufferedWriter(config)) {
      properties.store(out, "S3Proxy for tests");
    }
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-jar", jar.toString(), "--properties", config.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("s3proxy.log").toFile())).start();
    S3ProxyProcess server = new S3ProxyProcess(process, URI.create("http://127.0.0.1:" + port));
    try (S3Client client = server.client()) {
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
        if (!process.isAlive()) {
          throw new IllegalStateException("S3Proxy exited with " + process.exitValue() + ", see " + dir.resolve("s3proxy.log"));
        }
        client.listBuckets();
        return true;
      });
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The server's URL. */
  public URI endpoint() {
    return endpoint;
  }

  /** A new client of this server with path-style access and the test identity; the caller closes it. */
  public S3Client client() {
    return S3Client.builder()
        .httpClient(ApacheHttpClient.create())
        .endpointOverride(endpoint)
        .region(Region.of(REGION))
        .forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .build();
  }

  /** Creates a bucket. */
  public void createBucket(String bucket) {
    try (S3Client client = client()) {
      client.createBucket(b -> b.bucket(bucket));
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package org.tribunal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.Role;
import org.tribunal.support.IntegrationTest;

/**
 * A large upload streams through a server whose heap is far smaller than the file: a second server
 * process is started with {@code -Xmx256m} on this test's database, and a generated body (never held
 * in memory by the client either) is uploaded to it. 512 MiB by default; 4 GiB with
 * {@code -Dtribunal.evidence.large-upload-bytes=4294967296} (docs/performance.md).
 */
@IntegrationTest
class LargeUploadIT {

  @Autowired ApplicationContext context;
  @Autowired Environment environment;

  /** Pseudo-random bytes, produced block by block and hashed as they are read. */
  static final class GeneratedBody extends InputStream {
    private final long size;
    private final byte[] block = new byte[1 << 20];
    private final MessageDigest sha256;
    private long position;
    private int offset = block.length;
    private long blockNumber;

    GeneratedBody(long size) throws Exception {
      this.size = size;
      this.sha256 = MessageDigest.getInstance("SHA-256");
      new Random(42).nextBytes(block);
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int off, int len) {
      if (position >= size) {
        return -1;
      }
      if (offset == block.length) {
        blockNumber++;
        for (int i = 0; i < 8; i++) {
          block[i] = (byte) (blockNumber >>> (8 * i));
        }
        offset = 0;
      }
      int n = (int) Math.min(Math.min(len, block.length - offset), size - position);
      System.arraycopy(block, offset, target, off, n);
      sha256.update(block, offset, n);
      offset += n;
      position += n;
      return n;
    }

    String sha256() {
      return HexFormat.of().formatHex(sha256.digest());
    }
  }

  @Test
  void aLargeUploadStreamsThroughAServerWithA256MiBHeap() throws Exception {
    long size = Long.getLong("tribunal.evidence.large-upload-bytes", 512L << 20);
    String token = AccessFixtures.in(context).bearerToken(Role.REGISTRAR);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path dataDir = Files.createDirectories(Path.of("target", "large-upload-" + port));
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "org.tribunal.TribunalApplication",
        "--server.port=" + port,
        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
        "--spring.datasource.username=postgres", "--spring.datasource.password=",
        "--tribunal.data-dir=" + dataDir.toAbsolutePath(), "--tribunal.demo=false",
        "--tribunal.evidence.sweep-cron=-");
    Process server = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dataDir.resolve("server.log").toFile()).start();
    try {
      EvidenceHttp http = new EvidenceHttp("http://localhost:" + port, token);
      await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
          .until(() -> http.get("/api/v1/evidence?limit=1").status() == 200);
      GeneratedBody body = new GeneratedBody(size);
      EvidenceHttp.Answer answer = http.upload("large.bin", () -> body, Map.of("classification", "PUBLIC"));
      assertThat(answer.status()).as("upload answer: %s", answer.body()).isEqualTo(201);
      assertThat(answer.body().get("item").get("size").asLong()).isEqualTo(size);
      assertThat(answer.body().get("item").get("sha256").asString()).isEqualTo(body.sha256());
      assertThat(server.isAlive()).isTrue();
      assertThat(Files.readString(dataDir.resolve("server.log"))).doesNotContain("OutOfMemoryError");
    } finally {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
      try (var files = Files.walk(dataDir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}

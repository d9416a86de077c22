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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.Role;
import org.tribunal.support.IntegrationTest;

/**
 * A 4 GiB upload streams through a server whose heap is sixteen times smaller than the file: a second
 * server process is started with {@code -Xmx256m} on this test's database, and a generated body (made
 * block by block, never held in memory by the client either) is streamed to the raw-body intake. The
 * test checks the SHA-256 and size the server took, that the server neither died nor ran out of memory,
 * and logs the time and the server's peak heap (from its GC log) and peak RSS (docs/performance.md).
 * Another size with {@code -Dtribunal.evidence.large-upload-bytes=N}; with less free disk than the
 * upload needs (the stored copy and 1 GiB to spare) it falls back to 512 MiB and says so.
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

  private static final Logger log = LoggerFactory.getLogger(LargeUploadIT.class);
  private static final long FOUR_GIB = 4L << 30;
  private static final long FALLBACK = 512L << 20;
  private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");

  /** The size to upload: as asked, unless the disk cannot hold it (then 512 MiB). */
  static long uploadSize(Path dataDir) throws Exception {
    long wanted = Long.getLong("tribunal.evidence.large-upload-bytes", FOUR_GIB);
    long free = Files.getFileStore(dataDir).getUsableSpace();
    if (free < wanted + (1L << 30) && wanted > FALLBACK) {
      log.warn("LargeUploadIT: only {} MiB free under {}; uploading {} MiB instead of {} MiB", free >> 20, dataDir,
          FALLBACK >> 20, wanted >> 20);
      return FALLBACK;
    }
    return wanted;
  }

  /** The largest heap in use before a collection, from a {@code -Xlog:gc} file, in MiB. */
  static long peakHeapMib(Path gcLog) throws Exception {
    long peak = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC_LINE.matcher(line);
      while (m.find()) {
        peak = Math.max(peak, Long.parseLong(m.group(1)));
      }
    }
    return peak;
  }

  /** The process's peak resident set ({@code VmHWM}) in MiB, or -1 where /proc does not say. */
  static long peakRssMib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
        }
      }
    } catch (Exception e) {
      return -1;
    }
    return -1;
  }

  @Test
  void aFourGibUploadStreamsThroughAServerWithA256MiBHeap() throws Exception {
    String token = AccessFixtures.in(context).bearerToken(Role.REGISTRAR);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path dataDir = Files.createDirectories(Path.of("target", "large-upload-" + port));
    long size = uploadSize(dataDir);
    Path gcLog = dataDir.resolve("gc.log").toAbsolutePath();
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(javaBin, "-Xmx256m", "-Xlog:gc:file=" + gcLog, "-cp", System.getProperty("java.class.path"),
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
      long t0 = System.nanoTime();
      EvidenceHttp.Answer answer = http.uploadRaw("large.bin", () -> body, Map.of("classification", "PUBLIC"));
      double seconds = (System.nanoTime() - t0) / 1e9;
      long peakRss = peakRssMib(server.pid());
      long peakHeap = peakHeapMib(gcLog);
      log.info("LargeUploadIT: {} MiB streamed in {} s ({} MiB/s) to a server with -Xmx256m: peak heap {} MiB,"
          + " peak RSS {} MiB", size >> 20, String.format("%.1f", seconds), String.format("%.0f", (size >> 20) / seconds),
          peakHeap, peakRss);
      assertThat(answer.status()).as("upload answer: %s", answer.body()).isEqualTo(201);
      assertThat(peakHeap).isLessThanOrEqualTo(256);
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

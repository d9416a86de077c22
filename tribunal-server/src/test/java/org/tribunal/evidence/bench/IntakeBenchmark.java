package org.tribunal.evidence.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.tribunal.evidence.EvidenceHttp;
import org.tribunal.evidence.store.FileSystemEvidenceStore;
import org.tribunal.evidence.store.StagedFile;

/**
 * Intake throughput, measured against {@code sha256sum} of the same file in the same run, and the
 * rate for 10,000 small files. Not a test: run by hand (docs/performance.md, "evidence").
 *
 * <pre>
 * java -cp ... org.tribunal.evidence.bench.IntakeBenchmark FILE_OR_SIZE_MIB [URL TOKEN]
 * </pre>
 *
 * Without URL and TOKEN it measures the store's intake path (stream, SHA-256 + SHA-512, write, atomic
 * move); with them it also uploads the file and 10,000 small files through the HTTP API.
 */
public final class IntakeBenchmark {

  private IntakeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file;
    if (Files.exists(Path.of(args[0]))) {
      file = Path.of(args[0]);
    } else {
      file = Files.createTempFile("intake-bench", ".bin");
      byte[] chunk = new byte[1 << 20];
      Random random = new Random(7);
      try (OutputStream out = Files.newOutputStream(file)) {
        for (int i = 0; i < Integer.parseInt(args[0]); i++) {
          random.nextBytes(chunk);
          out.write(chunk);
        }
      }
    }
    long size = Files.size(file);
    Path storeDir = Files.createTempDirectory("intake-bench-store");
    FileSystemEvidenceStore store = new FileSystemEvidenceStore(storeDir);
    // warm the page cache and the JIT once, then measure each side alternately
    sha256sum(file);
    stage(store, file);
    for (int round = 1; round <= 3; round++) {
      double sum = sha256sum(file);
      double intake = stage(store, file);
      System.out.printf("round %d: sha256sum %.0f MiB/s, store intake (sha256+sha512+write) %.0f MiB/s, ratio %.2f%n",
          round, mib(size) / sum, mib(size) / intake, sum / intake);
    }
    if (args.length >= 3) {
      EvidenceHttp http = new EvidenceHttp(args[1], args[2]);
      long t0 = System.nanoTime();
      EvidenceHttp.Answer answer = http.upload(file.getFileName().toString(), () -> open(file),
          Map.of("classification", "PUBLIC"));
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf("HTTP upload of %d bytes: status %d, %.0f MiB/s (sha256sum: %.0f MiB/s)%n", size,
          answer.status(), mib(size) / seconds, mib(size) / sha256sum(file));
      Random random = new Random();
      int n = 10_000;
      t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        byte[] small = new byte[4096];
        random.nextBytes(small);
        EvidenceHttp.Answer a = http.upload("small-" + i + ".bin", () -> new ByteArrayInputStream(small),
            Map.of("classification", "PUBLIC"));
        if (a.status() != 201) {
          throw new IllegalStateException("upload " + i + " answered " + a.status());
        }
      }
      seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf("10,000 small files (4 KiB) over HTTP, one client: %.1f s, %.0f files/s%n", seconds, n / seconds);
    }
    try (Stream<Path> walk = Files.walk(storeDir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double sha256sum(Path file) throws Exception {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("sha256sum failed");
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double stage(FileSystemEvidenceStore store, Path file) throws Exception {
    long t0 = System.nanoTime();
    StagedFile staged;
    try (InputStream in = Files.newInputStream(file)) {
      staged = store.stage(in, Long.MAX_VALUE);
    }
    store.keep(staged);
    double seconds = (System.nanoTime() - t0) / 1e9;
    store.delete(staged.hashes().sha256());
    return seconds;
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}

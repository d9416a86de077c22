package org.tribunal.evidence.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tribunal.TribunalApplication;
import org.tribunal.access.ApiTokens;
import org.tribunal.access.NewUser;
import org.tribunal.access.Role;
import org.tribunal.access.UserManagement;
import org.tribunal.evidence.importing.FolderImport;
import org.tribunal.evidence.store.FileSystemEvidenceStore;
import org.tribunal.evidence.store.StagedFile;

/**
 * The 10,000 small files intake (issue 7), with its baselines in the same run: the application starts on
 * a fresh embedded database under {@code target/evidence-bench} (record sequencer on, as in production),
 * then, on the same 10,000 generated 4 KiB files in 100 folders:
 *
 * <ol>
 *   <li>raw file writes: writing the files, without and with an fsync each (the vault fsyncs);
 *   <li>{@code sha256sum} of every file ({@code find -exec sha256sum {} +});
 *   <li>the store alone: stage (SHA-256 + SHA-512 + write + fsync) and keep (atomic move) each file;
 *   <li>the folder import: {@link FolderImport} over HTTP with a registrar's token, one file after
 *       another (hash, upload, one transaction with the item, submission and sealed custody event).
 * </ol>
 *
 * It prints the load average before and after. Not a test. One command (docs/performance.md):
 * {@code ./mvnw -B -q -pl tribunal-verify -am install -DskipTests && ./mvnw -B -q -pl tribunal-server
 * test-compile org.codehaus.mojo:exec-maven-plugin:3.7.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tribunal.evidence.bench.SmallFilesBenchmark [-Dexec.args=10000]}.
 */
public final class SmallFilesBenchmark {

  private static final int SIZE = 4096;

  private SmallFilesBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path dir = Path.of("target", "evidence-bench").toAbsolutePath();
    deleteTree(dir);
    Files.createDirectories(dir);
    say("load average at start: %s", loadAverage());
    // command-line arguments, which win over application.properties (default properties would not)
    ConfigurableApplicationContext ctx = new SpringApplicationBuilder(TribunalApplication.class)
        .run("--tribunal.data-dir=" + dir.resolve("data"), "--tribunal.demo=false", "--server.port=0",
            "--tribunal.evidence.sweep-cron=-", "--logging.level.root=WARN");
    int status;
    try {
      status = run(ctx, n, dir);
    } finally {
      ctx.close();
    }
    say("load average at end: %s", loadAverage());
    System.exit(status);
  }

  private static int run(ConfigurableApplicationContext ctx, int n, Path dir) throws Exception {
    String port = ctx.getEnvironment().getProperty("local.server.port");
    String user = ctx.getBean(UserManagement.class)
        .create(new NewUser("bench-registrar", "Benchmark registrar", Set.of(Role.REGISTRAR), null, null))
        .user().username();
    String token = ctx.getBean(ApiTokens.class).issue(user, "benchmark").secret();
    say("cores: %d; %,d files of %d bytes", Runtime.getRuntime().availableProcessors(), n, SIZE);

    Path files = dir.resolve("files");
    Path synced = dir.resolve("files-synced");
    List<byte[]> contents = new ArrayList<>(n);
    Random random = new Random(10_000);
    for (int i = 0; i < n; i++) {
      byte[] b = new byte[SIZE];
      random.nextBytes(b);
      contents.add(b);
    }
    double write = writeAll(files, contents, false);
    double writeSync = writeAll(synced, contents, true);
    say("raw writes:              %6.2f s  %,8.0f files/s", write, n / write);
    say("raw writes + fsync each: %6.2f s  %,8.0f files/s", writeSync, n / writeSync);

    long t0 = System.nanoTime();
    Process p = new ProcessBuilder("sh", "-c", "find . -type f -exec sha256sum {} + | wc -l").directory(files.toFile())
        .redirectErrorStream(true).start();
    String hashed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0 || !hashed.equals(Integer.toString(n))) {
      throw new IllegalStateException("sha256sum hashed " + hashed + " files");
    }
    double sha256sum = (System.nanoTime() - t0) / 1e9;
    say("sha256sum:               %6.2f s  %,8.0f files/s", sha256sum, n / sha256sum);

    FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir.resolve("store-only"));
    List<Path> all = list(files);
    t0 = System.nanoTime();
    for (Path f : all) {
      try (InputStream in = Files.newInputStream(f)) {
        StagedFile staged = store.stage(in, Long.MAX_VALUE);
        store.keep(staged);
      }
    }
    double storeOnly = (System.nanoTime() - t0) / 1e9;
    say("store (sha256+sha512+write+fsync+move): %6.2f s  %,8.0f files/s", storeOnly, n / storeOnly);

    ByteArrayOutputStream report = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    t0 = System.nanoTime();
    int status = FolderImport.run(List.of("--server", "http://localhost:" + port, "--journal",
            dir.resolve("journal.tsv").toString(), "--classification", "PUBLIC", "--submitter-state", "UKR",
            files.toString()), Map.of("TRIBUNAL_TOKEN", token),
        new PrintStream(report, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));
    double imported = (System.nanoTime() - t0) / 1e9;
    String out = report.toString(StandardCharsets.UTF_8);
    long created = out.lines().filter(l -> l.startsWith("NEW\t")).count();
    Files.writeString(dir.resolve("import-report.tsv"), out);
    if (status != FolderImport.ALL_IN || created != n) {
      say("folder import FAILED: status %d, %d new; %s", status, created, errors.toString(StandardCharsets.UTF_8));
      return 1;
    }
    say("folder import over HTTP: %6.2f s  %,8.0f files/s, %.1f ms per file (exit %d, %,d NEW)", imported,
        n / imported, imported * 1000 / n, status, created);
    say("rates relative to the same run: import = %.3f x sha256sum, %.3f x raw writes + fsync, %.2f x the store"
        + " alone; store = %.3f x sha256sum, %.2f x raw writes + fsync", sha256sum / imported, writeSync / imported,
        storeOnly / imported, sha256sum / storeOnly, writeSync / storeOnly);
    return 0;
  }

  private static double writeAll(Path root, List<byte[]> contents, boolean fsync) throws IOException {
    long t0 = System.nanoTime();
    for (int i = 0; i < contents.size(); i++) {
      Path folder = root.resolve(String.format("dir-%02d", i / 100));
      if (i % 100 == 0) {
        Files.createDirectories(folder);
      }
      Path file = folder.resolve(String.format("file-%05d.bin", i));
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ch.write(ByteBuffer.wrap(contents.get(i)));
        if (fsync) {
          ch.force(true);
        }
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static List<Path> list(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void say(String format, Object... args) {
    System.out.printf(format + "%n", args);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
    }
  }
}

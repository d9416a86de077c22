package org.tribunal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures how long the packaged server takes to start with its embedded PostgreSQL: for each run, a first start on
 * an empty data directory (initdb, migrations, seed) and then a warm restart on the same directory. It reads Spring
 * Boot's "Started TribunalApplication in X seconds (process running for Y)" line and also times the wall clock from
 * launching the JVM to that line; it prints every run and the medians.
 *
 * <p>Usage: {@code StartupTime <server-jar> <runs> [work-dir]}
 */
public final class StartupTime {

  private static final Pattern STARTED =
      Pattern.compile("Started TribunalApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

  private StartupTime() {}

  /** One start: Spring's own figure, the JVM's uptime at that point, and the wall clock from launch. */
  record Start(double spring, double process, double wall) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: StartupTime <server-jar> <runs> [work-dir]");
      System.exit(2);
    }
    Path jar = Path.of(args[0]).toAbsolutePath();
    int runs = Integer.parseInt(args[1]);
    Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("tribunal-startup");
    List<Start> first = new ArrayList<>();
    List<Start> warm = new ArrayList<>();
    System.out.printf(Locale.ROOT, "%-4s %-6s %10s %10s %10s%n", "run", "kind", "spring s", "process s", "wall s");
    for (int run = 1; run <= runs; run++) {
      Path data = work.resolve("data-" + run);
      delete(data);
      Start f = start(jar, data);
      first.add(f);
      print(run, "first", f);
      Start w = start(jar, data);
      warm.add(w);
      print(run, "warm", w);
      delete(data);
    }
    System.out.printf(Locale.ROOT, "median first start: spring %.2f s, process %.2f s, wall %.2f s%n",
        median(first, Start::spring), median(first, Start::process), median(first, Start::wall));
    System.out.printf(Locale.ROOT, "median warm restart: spring %.2f s, process %.2f s, wall %.2f s%n",
        median(warm, Start::spring), median(warm, Start::process), median(warm, Start::wall));
  }

  private static void print(int run, String kind, Start s) {
    System.out.printf(Locale.ROOT, "%-4d %-6s %10.2f %10.2f %10.2f%n", run, kind, s.spring(), s.process(), s.wall());
  }

  static Start start(Path jar, Path data) throws IOException, InterruptedException {
    long launched = System.nanoTime();
    Process server = new ProcessBuilder("java", "-jar", jar.toString(), "--tribunal.data-dir=" + data,
        "--server.port=0").redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        Matcher m = STARTED.matcher(line);
        if (m.find()) {
          double wall = (System.nanoTime() - launched) / 1e9;
          return new Start(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), wall);
        }
      }
      throw new IllegalStateException("the server stopped before it started (exit " + server.waitFor() + ")");
    } finally {
      server.destroy();
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor();
      }
    }
  }

  private static double median(List<Start> starts, java.util.function.ToDoubleFunction<Start> value) {
    double[] sorted = starts.stream().mapToDouble(value).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

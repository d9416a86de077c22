package org.tribunal.record.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.tile.EntryBundleId;
import org.tribunal.merkle.tile.TileId;
import org.tribunal.merkle.tile.TilePath;
import org.tribunal.record.ServerProcess;

/**
 * Load driver for the record's read side: C concurrent clients over loopback against a running server
 * (its own JVM, as in production), each sending one request at a time for S seconds per target, and
 * reporting requests/s, p50 and p99. Targets: {@code /log/checkpoint}, full hash tiles {@code
 * /log/tile/0/<N>}, full entry bundles {@code /log/tile/entries/<N>}, and inclusion proofs {@code
 * /api/v1/record/proofs/inclusion} at random indexes against the current size, after a warm-up round
 * over every target that is not counted. Two baselines in the
 * same run: a small static file from the same server ({@code /css/tribunal.css}: HTTP, security
 * filters and Tomcat, no database), and a raw JDBC {@code SELECT} of the same tile bytes from C
 * threads (the database alone).
 *
 * <p>Run (arguments: entries in the log, clients, seconds per target):
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   org.tribunal.record.bench.RecordReadLoad 65536 16 8
 * </pre>
 */
public final class RecordReadLoad {

  private RecordReadLoad() {}

  public static void main(String[] args) throws Exception {
    int entries = args.length > 0 ? Integer.parseInt(args[0]) : 65_536;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    Path dir = Files.createTempDirectory("tribunal-read-load");
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("max_connections", "100")
        .start()) {
      String url = RecordBenchmark.database(pg, "read_load");
      try (ServerProcess server = ServerProcess.start(url, dir.resolve("data"),
          Map.of("spring.datasource.hikari.maximum-pool-size", "20",
              "logging.level.root", "WARN"),
          dir.resolve("server.log"), List.of("-Xmx512m"))) {
        server.awaitReady(Duration.ofMinutes(3));
        fill(pg, entries);
        long size = Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
            .ignoreExceptions()
            .until(() -> SignedCheckpoint.parse(server.log().text("/log/checkpoint")).checkpoint().size(),
                s -> s >= entries);
        long fullTiles = size / TileId.FULL_WIDTH;
        System.out.printf(Locale.ROOT, "log of %d entries (%d full tiles), %d clients, %d s per target, load average %s%n",
            size, fullTiles, clients, seconds, loadAverage());

        List<java.util.function.IntFunction<Result>> targets = List.of(
            t -> http(server.url(), "static /css/tribunal.css (baseline)", clients, t, r -> "/css/tribunal.css"),
            t -> jdbc(pg, "raw SELECT of a level-0 tile (baseline)", clients, t, fullTiles),
            t -> http(server.url(), "/log/checkpoint", clients, t, r -> "/log/checkpoint"),
            t -> http(server.url(), "/log/tile/0/<N> (full)", clients, t,
                r -> "/log/" + TilePath.format(TileId.full(0, r % fullTiles))),
            t -> http(server.url(), "/log/tile/entries/<N> (full)", clients, t,
                r -> "/log/" + TilePath.format(new EntryBundleId(r % fullTiles, TileId.FULL_WIDTH))),
            t -> http(server.url(), "/api/v1/record/proofs/inclusion", clients, t,
                r -> "/api/v1/record/proofs/inclusion?index=" + (r % size) + "&size=" + size));
        System.out.println("warming up the server's JIT: every target for 3 s, not counted");
        for (var target : targets) {
          target.apply(3);
        }
        List<Result> results = new ArrayList<>();
        for (var target : targets) {
          results.add(target.apply(seconds));
        }
        double staticRate = results.get(0).rate();
        double selectRate = results.get(1).rate();
        System.out.println();
        System.out.println("| target | requests/s | p50 ms | p99 ms | errors | vs static | vs raw SELECT |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Result r : results) {
          System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %d | %.2f | %.2f |%n",
              r.name(), r.rate(), r.p50Millis(), r.p99Millis(), r.errors(), r.rate() / staticRate, r.rate() / selectRate);
        }
        System.out.println("load average after: " + loadAverage());
      }
    }
    System.exit(0);
  }

  /** Puts {@code n} entries into the outbox for the server's sequencer. */
  static void fill(EmbeddedPostgres pg, int n) throws Exception {
    try (Connection c = pg.getDatabase("postgres", "read_load").getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO record.outbox (record_type, record_id, version, body, created_at) VALUES ('bench.thing', ?, 1, ?, now())")) {
        for (int i = 0; i < n; i++) {
          insert.setString(1, "bench-" + i);
          insert.setBytes(2, RecordBenchmark.body(i));
          insert.addBatch();
          if ((i + 1) % 1024 == 0 || i == n - 1) {
            insert.executeBatch();
            c.commit();
          }
        }
      }
    }
  }

  record Result(String name, long requests, long errors, double seconds, long[] latenciesNanos) {
    double rate() {
      return requests / seconds;
    }

    double p50Millis() {
      return percentile(0.50);
    }

    double p99Millis() {
      return percentile(0.99);
    }

    private double percentile(double p) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      int at = (int) Math.min(latenciesNanos.length - 1, Math.ceil(p * latenciesNanos.length) - 1);
      return latenciesNanos[Math.max(0, at)] / 1e6;
    }
  }

  interface Call {
    /** Makes one request and returns whether it succeeded. */
    boolean call(long random) throws Exception;
  }

  static Result http(String base, String name, int clients, int seconds, LongFunction<String> path) {
    return run(name, clients, seconds, () -> {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      return r -> {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path.apply(r))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 && response.body().length > 0;
      };
    });
  }

  static Result jdbc(EmbeddedPostgres pg, String name, int clients, int seconds, long fullTiles) {
    return run(name, clients, seconds, () -> {
      try {
        Connection c = pg.getDatabase("postgres", "read_load").getConnection();
        PreparedStatement select = c.prepareStatement("SELECT hashes FROM record.tile WHERE level = 0 AND idx = ?");
        return r -> {
          select.setLong(1, r % fullTiles);
          try (ResultSet rs = select.executeQuery()) {
            return rs.next() && rs.getBytes(1).length == 8192;
          }
        };
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Warms up for one second, then runs {@code clients} threads for {@code seconds}, each with its own caller. */
  static Result run(String name, int clients, int seconds, Supplier<Call> caller) {
    AtomicLong errors = new AtomicLong();
    List<long[]> perThread = new ArrayList<>();
    int[] counts = new int[clients];
    List<Thread> threads = new ArrayList<>();
    long warmUntil = System.nanoTime() + 1_000_000_000L;
    long endAt = warmUntil + seconds * 1_000_000_000L;
    for (int t = 0; t < clients; t++) {
      long[] latencies = new long[1 << 18];
      perThread.add(latencies);
      int slot = t;
      Thread thread = new Thread(() -> {
        Call call = caller.get();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int n = 0;
        while (true) {
          long start = System.nanoTime();
          if (start >= endAt) {
            break;
          }
          boolean ok;
          try {
            ok = call.call(random.nextLong(Long.MAX_VALUE));
          } catch (Exception e) {
            ok = false;
          }
          long end = System.nanoTime();
          if (start >= warmUntil) {
            if (!ok) {
              errors.incrementAndGet();
            }
            if (n < latencies.length) {
              latencies[n++] = end - start;
            }
          }
        }
        counts[slot] = n;
      }, "load-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the clients", e);
      }
    }
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < clients; t++) {
      System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    Result result = new Result(name, total, errors.get(), seconds, all);
    System.out.printf(Locale.ROOT, "%s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, %d errors%n",
        name, result.rate(), result.p50Millis(), result.p99Millis(), result.errors());
    return result;
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}

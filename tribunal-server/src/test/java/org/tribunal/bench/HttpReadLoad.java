package org.tribunal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A closed-loop HTTP load driver for Tribunal's read endpoints, run against a live server on
 * loopback. For each path it reports requests per second and latency percentiles, next to a
 * baseline measured in the same run: a static file served by the same server, which costs the
 * same HTTP, security and servlet work but no application code or database.
 *
 * <p>Usage: {@code HttpReadLoad <base-url> <seconds-per-path> <concurrency> <path>...}
 */
public final class HttpReadLoad {

  private HttpReadLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: HttpReadLoad <base-url> <seconds> <concurrency> <path>...");
      System.exit(2);
    }
    String base = args[0];
    int seconds = Integer.parseInt(args[1]);
    int concurrency = Integer.parseInt(args[2]);
    List<String> paths = new ArrayList<>();
    paths.add("/css/tribunal.css");
    paths.addAll(Arrays.asList(args).subList(3, args.length));

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Result baseline = null;
    System.out.printf(Locale.ROOT, "%-60s %10s %9s %9s %9s %9s%n", "path", "req/s", "p50 ms", "p99 ms", "errors", "vs static");
    for (String path : paths) {
      run(http, base + path, concurrency, 2); // warm-up
      Result r = run(http, base + path, concurrency, seconds);
      if (baseline == null) {
        baseline = r;
      }
      System.out.printf(Locale.ROOT, "%-60s %10.0f %9.2f %9.2f %9d %8.2fx%n",
          path, r.perSecond(), r.percentile(50), r.percentile(99), r.errors, r.perSecond() / baseline.perSecond());
    }
  }

  record Result(long count, long errors, double seconds, long[] latenciesNanos) {
    double perSecond() {
      return count / seconds;
    }

    double percentile(int p) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.min(latenciesNanos.length - 1, Math.ceil(p / 100.0 * latenciesNanos.length) - 1);
      return latenciesNanos[Math.max(0, i)] / 1e6;
    }
  }

  static Result run(HttpClient http, String url, int concurrency, int seconds) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    List<Future<long[]>> futures = new ArrayList<>();
    long[] errors = new long[concurrency];
    long start = System.nanoTime();
    for (int t = 0; t < concurrency; t++) {
      int worker = t;
      futures.add(pool.submit(() -> {
        long[] lat = new long[1 << 16];
        int n = 0;
        while (!stop.get()) {
          long t0 = System.nanoTime();
          HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
          long dt = System.nanoTime() - t0;
          if (response.statusCode() != 200) {
            errors[worker]++;
          }
          if (n == lat.length) {
            lat = Arrays.copyOf(lat, n * 2);
          }
          lat[n++] = dt;
        }
        return Arrays.copyOf(lat, n);
      }));
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(merged.length, Arrays.stream(errors).sum(), elapsed, merged);
  }
}

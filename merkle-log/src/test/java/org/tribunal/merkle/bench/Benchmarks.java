package org.tribunal.merkle.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the merkle-log JMH benchmarks with JMH's usual command-line options, then prints the ratio
 * of RFC 6962 leaf hashing to raw SHA-256 throughput for each input size (target ≥ 0.9) and the
 * Integrator's throughput in entries per second (target ≥ 200,000).
 *
 * <p>Started by the {@code bench} Maven profile; see docs/performance.md.
 */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args);
    Collection<RunResult> results = new Runner(options).run();
    Map<String, double[]> hashing = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      String size = result.getParams().getParam("size");
      double score = result.getPrimaryResult().getScore();
      if (name.endsWith("IntegratorBenchmark.appendBatch")) {
        int batch = Integer.parseInt(result.getParams().getParam("batchSize"));
        System.out.printf(
            Locale.ROOT,
            "Integrator, batches of %d entries: %.0f entries/s%n",
            batch,
            score * batch);
      } else if (name.endsWith("HashingBenchmark.rawMessageDigest")) {
        hashing.computeIfAbsent(size, s -> new double[2])[0] = score;
      } else if (name.endsWith("HashingBenchmark.rfc6962LeafHash")) {
        hashing.computeIfAbsent(size, s -> new double[2])[1] = score;
      }
    }
    hashing.forEach(
        (size, scores) -> {
          if (scores[0] > 0 && scores[1] > 0) {
            System.out.printf(
                Locale.ROOT,
                "leaf hash / raw SHA-256 throughput, %s-byte input: %.3f%n",
                size,
                scores[1] / scores[0]);
          }
        });
  }
}

package org.tribunal.merkle.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tribunal.merkle.integrate.Integration;
import org.tribunal.merkle.integrate.Integrator;
import org.tribunal.merkle.reference.MemoryTiles;

/**
 * Integrator throughput in entries per second: each operation appends one batch of 100-byte
 * entries (leaf hashing, right-edge reads, tiles and bundles) onto a log of 1,000,037 entries held
 * in memory. The log is not grown between operations, so every batch starts at the same partial
 * right edge. The score is batches per second; {@link Benchmarks} prints it times the batch size
 * as entries per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IntegratorBenchmark {

  static final long START_SIZE = 1_000_037;

  @Param({"256", "4096"})
  int batchSize;

  MemoryTiles log;
  List<byte[]> batch;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    log = new MemoryTiles();
    Random random = new Random(7);
    long size = 0;
    while (size < START_SIZE) {
      int n = (int) Math.min(100_000, START_SIZE - size);
      List<byte[]> entries = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        byte[] entry = new byte[100];
        random.nextBytes(entry);
        entries.add(entry);
      }
      log.write(Integrator.appendEntries(size, entries, log));
      size += n;
    }
    batch = new ArrayList<>(batchSize);
    for (int i = 0; i < batchSize; i++) {
      byte[] entry = new byte[100];
      random.nextBytes(entry);
      batch.add(entry);
    }
  }

  @Benchmark
  public Integration appendBatch() throws IOException {
    return Integrator.appendEntries(START_SIZE, batch, log);
  }
}

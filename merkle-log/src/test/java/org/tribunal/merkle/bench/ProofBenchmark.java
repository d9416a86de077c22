package org.tribunal.merkle.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.proof.ConsistencyProof;
import org.tribunal.merkle.proof.InclusionProof;
import org.tribunal.merkle.reference.MemoryTiles;
import org.tribunal.merkle.integrate.Integrator;
import org.tribunal.merkle.tile.TileHashSource;

/**
 * Proof generation from in-memory tiles of a 10,000,000-leaf tree (not a power of two, so proofs
 * include ephemeral right-edge nodes). Each operation picks a random index or old size, creates a
 * fresh {@link TileHashSource} (no cache carried over) and builds the proof. Sample-time mode, so
 * the report carries p50/p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProofBenchmark {

  static final long SIZE = 10_000_000;

  MemoryTiles log;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    log = new MemoryTiles();
    long size = 0;
    byte[] entry = new byte[8];
    while (size < SIZE) {
      int n = (int) Math.min(1_000_000, SIZE - size);
      List<Hash> leaves = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        long value = size + i;
        for (int b = 0; b < 8; b++) {
          entry[b] = (byte) (value >>> (8 * b));
        }
        leaves.add(Rfc6962.leafHash(entry));
      }
      log.write(Integrator.appendLeafHashes(size, leaves, log));
      size += n;
    }
  }

  @Benchmark
  public InclusionProof inclusionProof() throws IOException {
    long index = ThreadLocalRandom.current().nextLong(SIZE);
    return InclusionProof.generate(index, SIZE, new TileHashSource(log, SIZE));
  }

  @Benchmark
  public ConsistencyProof consistencyProof() throws IOException {
    long oldSize = 1 + ThreadLocalRandom.current().nextLong(SIZE - 1);
    return ConsistencyProof.generate(oldSize, SIZE, new TileHashSource(log, SIZE));
  }
}

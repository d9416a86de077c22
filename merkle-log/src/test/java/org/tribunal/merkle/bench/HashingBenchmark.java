package org.tribunal.merkle.bench;

import java.security.MessageDigest;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;

/**
 * RFC 6962 leaf hashing against a raw, reused {@link MessageDigest} SHA-256 of the same bytes.
 *
 * <p>Sizes are chosen so that the one-byte prefix does not add a SHA-256 block (32 + 1 + 9 and
 * 256 + 1 + 9 and 1024 + 1 + 9 bytes fill the same number of 64-byte blocks as without it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HashingBenchmark {

  @Param({"32", "256", "1024"})
  int size;

  byte[] data;
  MessageDigest digest;

  @Setup
  public void setUp() throws Exception {
    data = new byte[size];
    new Random(size).nextBytes(data);
    digest = MessageDigest.getInstance("SHA-256");
  }

  @Benchmark
  public byte[] rawMessageDigest() {
    return digest.digest(data);
  }

  @Benchmark
  public Hash rfc6962LeafHash() {
    return Rfc6962.leafHash(data);
  }
}

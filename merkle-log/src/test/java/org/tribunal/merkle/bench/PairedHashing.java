package org.tribunal.merkle.bench;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;

/**
 * Leaf hashing against raw SHA-256 of the same bytes, measured in alternating short rounds so that
 * both see the same machine: on shared, noisy cores a JMH run of one benchmark after the other can
 * differ by more than the effect being measured. Prints, per input size, the median over rounds of
 * (leaf hashes per second) / (raw SHA-256 digests per second).
 *
 * <p>Usage: {@code PairedHashing [rounds] [hashes-per-round]}; see docs/performance.md.
 */
public final class PairedHashing {

  private PairedHashing() {}

  static long sink;

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 41;
    int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
    MessageDigest raw = MessageDigest.getInstance("SHA-256");
    for (int size : new int[] {32, 256, 1024}) {
      byte[] data = new byte[size];
      ThreadLocalRandom.current().nextBytes(data);
      for (int warm = 0; warm < 5; warm++) {
        rawRound(raw, data, perRound);
        leafRound(data, perRound);
      }
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long rawNanos;
        long leafNanos;
        if (r % 2 == 0) {
          rawNanos = rawRound(raw, data, perRound);
          leafNanos = leafRound(data, perRound);
        } else {
          leafNanos = leafRound(data, perRound);
          rawNanos = rawRound(raw, data, perRound);
        }
        ratios[r] = (double) rawNanos / leafNanos;
      }
      Arrays.sort(ratios);
      System.out.printf(Locale.ROOT,
          "%5d-byte input: leaf hash / raw SHA-256 throughput, median of %d rounds %.3f (quartiles %.3f .. %.3f)%n",
          size, rounds, ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4]);
    }
  }

  private static long rawRound(MessageDigest raw, byte[] data, int n) {
    long t0 = System.nanoTime();
    long acc = 0;
    for (int i = 0; i < n; i++) {
      acc += Arrays.hashCode(raw.digest(data)); // the same work as Hash.hashCode() below
    }
    sink += acc;
    return System.nanoTime() - t0;
  }

  private static long leafRound(byte[] data, int n) {
    long t0 = System.nanoTime();
    long acc = 0;
    for (int i = 0; i < n; i++) {
      Hash h = Rfc6962.leafHash(data);
      acc += h.hashCode();
    }
    sink += acc;
    return System.nanoTime() - t0;
  }
}

package org.tribunal.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribunal.evidence.ContentHashes;

/**
 * What every {@link EvidenceStore} promises, run against each implementation by a subclass: content
 * addressing, deduplication, streamed hashing, sidecars, deletion, and a rehash that sees bytes
 * changed or removed behind the store's back.
 */
abstract class EvidenceStoreContract {

  /** The store under test (fresh and empty for each test). */
  abstract EvidenceStore store();

  /** Replaces the kept bytes {@code sha256} with {@code bytes}, bypassing the store. */
  abstract void overwriteBehindTheStore(String sha256, byte[] bytes) throws IOException;

  /** Removes the kept bytes {@code sha256}, bypassing the store. */
  abstract void removeBehindTheStore(String sha256) throws IOException;

  /** The sidecar {@code name} of {@code sha256}, read bypassing the store; empty if absent. */
  abstract Optional<byte[]> sidecar(String sha256, String name) throws IOException;

  /** How many staged files are lying in the staging area. */
  abstract long stagedFiles() throws IOException;

  static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  static String hex(String algorithm, byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
  }

  static byte[] readAll(EvidenceStore store, String sha256) throws IOException {
    try (InputStream in = store.open(sha256)) {
      return in.readAllBytes();
    }
  }

  @Test
  void hashesWhileStagingAndKeepsUnderTheSha256() throws Exception {
    EvidenceStore store = store();
    byte[] bytes = random(3 * StagingArea.CHUNK + 17, 1);
    StagedFile staged = store.stage(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
    assertThat(staged.hashes()).isEqualTo(new ContentHashes(hex("SHA-256", bytes), hex("SHA-512", bytes), bytes.length));
    assertThat(store.contains(staged.hashes().sha256())).isFalse();

    assertThat(store.keep(staged)).isTrue();
    String sha = staged.hashes().sha256();
    assertThat(store.contains(sha)).isTrue();
    assertThat(readAll(store, sha)).isEqualTo(bytes);
    assertThat(store.rehash(sha)).contains(staged.hashes());
    assertThat(stagedFiles()).isZero();
  }

  @Test
  void keepingTheSameBytesTwiceKeepsOneCopyUntouched() throws Exception {
    EvidenceStore store = store();
    byte[] bytes = random(1000, 2);
    StagedFile first = store.stage(new ByteArrayInputStream(bytes), 10_000);
    assertThat(store.keep(first)).isTrue();
    store.writeSidecar(first.hashes().sha256(), "metadata.json", "{}".getBytes(StandardCharsets.UTF_8));
    StagedFile second = store.stage(new ByteArrayInputStream(bytes), 10_000);
    assertThat(second.handle()).isNotEqualTo(first.handle());
    assertThat(store.keep(second)).isFalse();
    assertThat(readAll(store, first.hashes().sha256())).isEqualTo(bytes);
    assertThat(sidecar(first.hashes().sha256(), "metadata.json")).hasValueSatisfying(
        v -> assertThat(v).asString(StandardCharsets.UTF_8).isEqualTo("{}"));
    assertThat(stagedFiles()).isZero();
  }

  @Test
  void aBrokenStreamLeavesNothingBehind() throws Exception {
    EvidenceStore store = store();
    InputStream breaking = new InputStream() {
      int left = 2 * StagingArea.CHUNK + 5;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          throw new IOException("connection reset");
        }
        left--;
        return 7;
      }
    };
    assertThatThrownBy(() -> store.stage(breaking, Long.MAX_VALUE)).isInstanceOf(StagingFailedException.class);
    assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[2000]), 1999))
        .isInstanceOfSatisfying(StagingFailedException.class, e -> assertThat(e.isTooLarge()).isTrue());
    assertThat(stagedFiles()).isZero();
  }

  @Test
  void discardDropsStagedBytesWithoutKeepingThem() throws Exception {
    EvidenceStore store = store();
    StagedFile staged = store.stage(new ByteArrayInputStream(random(500, 3)), 1000);
    assertThat(stagedFiles()).isOne();
    store.discard(staged);
    store.discard(staged);
    assertThat(stagedFiles()).isZero();
    assertThat(store.contains(staged.hashes().sha256())).isFalse();
  }

  @Test
  void reportsMissingBytes() throws Exception {
    EvidenceStore store = store();
    String absent = hex("SHA-256", "never kept".getBytes(StandardCharsets.UTF_8));
    assertThat(store.contains(absent)).isFalse();
    assertThat(store.rehash(absent)).isEmpty();
    assertThatThrownBy(() -> store.open(absent)).isInstanceOf(NoSuchFileException.class);
    store.delete(absent);
    assertThatThrownBy(() -> store.contains("not-a-hash")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rehashSeesBytesChangedOrRemovedBehindTheStore() throws Exception {
    EvidenceStore store = store();
    byte[] bytes = random(70_000, 4);
    StagedFile changed = store.stage(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
    store.keep(changed);
    StagedFile removed = store.stage(new ByteArrayInputStream(random(5_000, 5)), Long.MAX_VALUE);
    store.keep(removed);

    byte[] other = bytes.clone();
    other[1234] ^= 0x40;
    overwriteBehindTheStore(changed.hashes().sha256(), other);
    removeBehindTheStore(removed.hashes().sha256());

    Optional<ContentHashes> rehashed = store.rehash(changed.hashes().sha256());
    assertThat(rehashed).isPresent();
    assertThat(rehashed.get().sha256()).isEqualTo(hex("SHA-256", other)).isNotEqualTo(changed.hashes().sha256());
    assertThat(store.rehash(removed.hashes().sha256())).isEmpty();
    assertThat(store.contains(removed.hashes().sha256())).isFalse();
  }

  @Test
  void sidecarsLiveBesideTheBytesAndGoWithThem() throws Exception {
    EvidenceStore store = store();
    byte[] bytes = random(2_000, 6);
    StagedFile staged = store.stage(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
    store.keep(staged);
    String sha = staged.hashes().sha256();
    store.writeSidecar(sha, "metadata.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    store.writeSidecar(sha, "metadata.json", "{\"a\":2}".getBytes(StandardCharsets.UTF_8));
    store.writeSidecar(sha, "ocr-text.txt", "text".getBytes(StandardCharsets.UTF_8));
    assertThat(sidecar(sha, "metadata.json")).hasValueSatisfying(
        v -> assertThat(v).asString(StandardCharsets.UTF_8).isEqualTo("{\"a\":2}"));
    assertThat(readAll(store, sha)).isEqualTo(bytes);
    assertThat(store.rehash(sha)).contains(staged.hashes());
    assertThatThrownBy(() -> store.writeSidecar(sha, "../escape", new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);

    store.delete(sha);
    assertThat(store.contains(sha)).isFalse();
    assertThat(sidecar(sha, "metadata.json")).isEmpty();
    assertThat(sidecar(sha, "ocr-text.txt")).isEmpty();
  }

  @Test
  void streamsALargeFileThroughWithoutHoldingIt() throws Exception {
    EvidenceStore store = store();
    long size = (64L << 20) + 12_345;
    StagedFile staged = store.stage(new GeneratedBytes(size, 42), Long.MAX_VALUE);
    ContentHashes expected = StagingArea.hash(new GeneratedBytes(size, 42));
    assertThat(staged.hashes()).isEqualTo(expected);
    assertThat(store.keep(staged)).isTrue();
    assertThat(store.rehash(expected.sha256())).contains(expected);
    try (InputStream in = store.open(expected.sha256())) {
      assertThat(StagingArea.hash(in)).isEqualTo(expected);
    }
    assertThat(stagedFiles()).isZero();
  }

  /** {@code size} pseudo-random bytes from a seed, made on the fly in 64 KiB blocks, never held whole. */
  static final class GeneratedBytes extends InputStream {
    private final SplittableRandom random;
    private final byte[] block = new byte[1 << 16];
    private long left;
    private int position = block.length;

    GeneratedBytes(long size, long seed) {
      this.left = size;
      this.random = new SplittableRandom(seed);
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      if (position == block.length) {
        for (int i = 0; i < block.length; i += 8) {
          long v = random.nextLong();
          for (int j = 0; j < 8; j++) {
            block[i + j] = (byte) (v >>> (8 * j));
          }
        }
        position = 0;
      }
      int n = (int) Math.min(Math.min(len, block.length - position), left);
      System.arraycopy(block, position, b, off, n);
      position += n;
      left -= n;
      return n;
    }
  }
}

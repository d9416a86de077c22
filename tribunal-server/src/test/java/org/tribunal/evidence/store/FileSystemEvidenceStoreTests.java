package org.tribunal.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemEvidenceStoreTests {

  @TempDir Path dir;

  @Test
  void hashesWhileStagingAndKeepsUnderTheSha256ReadOnly() throws Exception {
    FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir);
    byte[] bytes = EvidenceStoreContract.random(3 * FileSystemEvidenceStore.CHUNK + 17, 1);
    StagedFile staged = store.stage(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
    assertThat(staged.hashes().sha256()).isEqualTo(EvidenceStoreContract.hex("SHA-256", bytes));
    assertThat(staged.hashes().sha512()).isEqualTo(EvidenceStoreContract.hex("SHA-512", bytes));
    assertThat(staged.hashes().size()).isEqualTo(bytes.length);

    assertThat(store.keep(staged)).isTrue();
    String sha = staged.hashes().sha256();
    Path kept = dir.resolve("sha256").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    assertThat(kept).exists();
    assertThat(Files.getPosixFilePermissions(kept)).doesNotContain(PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    try (InputStream in = store.open(sha)) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
    assertThat(store.rehash(sha)).contains(staged.hashes());
    try (var incoming = Files.list(dir.resolve("incoming"))) {
      assertThat(incoming).isEmpty();
    }
  }

  @Test
  void keepingTheSameBytesTwiceKeepsOneFile() throws Exception {
    FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir);
    byte[] bytes = EvidenceStoreContract.random(1000, 2);
    assertThat(store.keep(store.stage(new ByteArrayInputStream(bytes), 10_000))).isTrue();
    assertThat(store.keep(store.stage(new ByteArrayInputStream(bytes), 10_000))).isFalse();
    try (var incoming = Files.list(dir.resolve("incoming"))) {
      assertThat(incoming).isEmpty();
    }
  }

  @Test
  void aBrokenStreamLeavesNothingBehind() throws Exception {
    FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir);
    InputStream breaking = new InputStream() {
      int sent;

      @Override
      public int read() throws IOException {
        if (sent++ > 5000) {
          throw new IOException("connection reset");
        }
        return 7;
      }
    };
    assertThatThrownBy(() -> store.stage(breaking, Long.MAX_VALUE))
        .isInstanceOfSatisfying(StagingFailedException.class, e -> {
          assertThat(e.isTooLarge()).isFalse();
        });
    try (var incoming = Files.list(dir.resolve("incoming"))) {
      assertThat(incoming).isEmpty();
    }
  }

  @Test
  void refusesMoreThanTheLimit() throws Exception {
    FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir);
    assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[101]), 100))
        .isInstanceOfSatisfying(StagingFailedException.class, e -> assertThat(e.isTooLarge()).isTrue());
    try (var incoming = Files.list(dir.resolve("incoming"))) {
      assertThat(incoming).isEmpty();
    }
  }

  @Test
  void rehashSeesChangedAndMissingFiles() throws Exception {
    FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir);
    StagedFile staged = store.stage(new ByteArrayInputStream(EvidenceStoreContract.random(500, 3)), 1000);
    store.keep(staged);
    String sha = staged.hashes().sha256();
    Path kept = store.localPath(sha).orElseThrow();
    byte[] changed = Files.readAllBytes(kept);
    changed[100] ^= 1;
    Files.write(kept, changed);
    assertThat(store.rehash(sha)).get().isNotEqualTo(staged.hashes());
    store.delete(sha);
    assertThat(store.rehash(sha)).isEmpty();
    assertThat(store.contains(sha)).isFalse();
  }

  @Test
  void removesStagedFilesACrashLeftBehind() throws Exception {
    Files.createDirectories(dir.resolve("incoming"));
    Files.write(dir.resolve("incoming").resolve("0b7d0c52-7a35-4b8a-a9b7-3a4c0f1e2d3c.part"), new byte[10]);
    new FileSystemEvidenceStore(dir);
    try (var incoming = Files.list(dir.resolve("incoming"))) {
      assertThat(incoming).isEmpty();
    }
  }
}

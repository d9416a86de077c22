package org.tribunal.evidence.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The {@link EvidenceStoreContract} on the file-system store. */
class FileSystemEvidenceStoreContractTests extends EvidenceStoreContract {

  @TempDir Path dir;
  FileSystemEvidenceStore store;

  @BeforeEach
  void open() {
    store = new FileSystemEvidenceStore(dir);
  }

  @Override
  EvidenceStore store() {
    return store;
  }

  @Override
  void overwriteBehindTheStore(String sha256, byte[] bytes) throws IOException {
    Path file = store.pathOf(sha256);
    file.toFile().setWritable(true, true);
    Files.write(file, bytes);
  }

  @Override
  void removeBehindTheStore(String sha256) throws IOException {
    Files.delete(store.pathOf(sha256));
  }

  @Override
  Optional<byte[]> sidecar(String sha256, String name) throws IOException {
    Path file = store.pathOf(sha256).resolveSibling(sha256 + "." + name);
    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
  }

  @Override
  long stagedFiles() throws IOException {
    try (var files = Files.list(dir.resolve("incoming"))) {
      return files.count();
    }
  }
}

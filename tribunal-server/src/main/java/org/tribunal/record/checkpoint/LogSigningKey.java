package org.tribunal.record.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.record.config.RecordProperties;

/**
 * The log's Ed25519 signing key. Loaded from {@code tribunal.record.signing-key-path} if set;
 * otherwise from {@code ${tribunal.data-dir}/record/log-key}, generated there on first start with
 * permissions 0600. The file holds one signer key ({@code PRIVATE+KEY+<origin>+<id>+<seed>}); its
 * name must be the configured origin.
 */
@Component
public class LogSigningKey {

  private static final Logger log = LoggerFactory.getLogger(LogSigningKey.class);
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private final NoteSigner signer;

  LogSigningKey(RecordProperties properties, @Value("${tribunal.data-dir:./tribunal-data}") Path dataDir) {
    this.signer = load(properties, dataDir);
  }

  /** Returns the log's origin, which is also the key's name. */
  public String origin() {
    return signer.name();
  }

  /** Returns the public half: what verifiers configure ({@code <origin>+<id>+<key>}). */
  public NoteVerifier verifier() {
    return signer.verifier();
  }

  NoteSigner signer() {
    return signer;
  }

  static NoteSigner load(RecordProperties properties, Path dataDir) {
    String origin = properties.origin();
    Path configured = properties.signingKeyPath();
    Path path = configured != null ? configured : dataDir.resolve("record").resolve("log-key");
    try {
      if (!Files.exists(path)) {
        if (configured != null) {
          throw new IllegalStateException(
              "tribunal.record.signing-key-path names " + path + ", which does not exist");
        }
        generate(path, origin);
      }
      warnIfReadableByOthers(path);
      NoteSigner signer = NoteSigner.parse(Files.readString(path, StandardCharsets.UTF_8).strip());
      if (!signer.name().equals(origin)) {
        throw new IllegalStateException(
            "the log key in " + path + " is for origin '" + signer.name()
                + "' but tribunal.record.origin is '" + origin + "'; see docs/operations.md, key rotation");
      }
      log.info("Log origin {}, verifier key {}", origin, signer.verifier().verifierKey());
      return signer;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the log's signing key at " + path, e);
    } catch (MalformedInputException e) {
      throw new IllegalStateException("the file " + path + " does not hold a signer key: " + e.getMessage(), e);
    }
  }

  private static void generate(Path path, String origin) throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    NoteSigner fresh = NoteSigner.generate(origin);
    boolean posix = path.getFileSystem().supportedFileAttributeViews().contains("posix");
    Path temporary =
        posix
            ? Files.createTempFile(dir, ".log-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
            : Files.createTempFile(dir, ".log-key", ".tmp");
    try {
      Files.writeString(temporary, fresh.signerKey() + "\n", StandardCharsets.UTF_8);
      // A hard link appears complete or not at all, and never replaces a key another instance made.
      Files.createLink(path, temporary);
      log.info("Generated the log's signing key in {}", path);
    } catch (FileAlreadyExistsException e) {
      log.info("Another instance generated the log's signing key in {} first", path);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void warnIfReadableByOthers(Path path) throws IOException {
    if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
      if (!OWNER_ONLY.containsAll(permissions)) {
        log.warn("The log's signing key {} is readable by others ({}); make it 0600",
            path, PosixFilePermissions.toString(permissions));
      }
    }
  }
}

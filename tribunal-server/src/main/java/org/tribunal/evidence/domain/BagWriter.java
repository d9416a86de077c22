package org.tribunal.evidence.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.tribunal.evidence.ContentHashes;
import org.tribunal.evidence.CustodyReport;
import org.tribunal.evidence.WorkingCopyView;
import org.tribunal.evidence.store.EvidenceStore;
import org.tribunal.record.LogReceipt;

/**
 * Writes a BagIt 1.0 bag (RFC 8493): payload under {@code data/}, {@code manifest-sha256.txt} and
 * {@code manifest-sha512.txt}, {@code bag-info.txt}, the custody reports as tag files under
 * {@code custody/}, the log receipt (c2sp.org/tlog-proof, carrying the logged entry) of every custody
 * event that has one as {@code receipts/<log index>.tlog-proof}, and tag manifests for SHA-256 and
 * SHA-512 over every tag file. Every payload
 * file is hashed again while it is copied and must match what was taken at intake.
 */
final class BagWriter {

  /** Where the bag's files go: a zip stream or a directory. */
  interface Sink extends AutoCloseable {
    OutputStream open(String path) throws IOException;

    void closeEntry(OutputStream entry) throws IOException;

    @Override
    void close() throws IOException;
  }

  /** A custody report with its renderings and the log receipts of its events. */
  record Report(CustodyReport report, byte[] json, byte[] html, List<LogReceipt> receipts) {

    Report {
      receipts = List.copyOf(receipts);
    }
  }

  private final EvidenceStore store;

  BagWriter(EvidenceStore store) {
    this.store = store;
  }

  void write(List<Report> reports, String reason, Sink sink) throws IOException {
    Map<String, String[]> payload = new LinkedHashMap<>();
    Map<String, String[]> tags = new LinkedHashMap<>();
    long octets = 0;
    tag(sink, tags, "bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    for (Report r : reports) {
      String id = r.report().item().id().toString();
      ContentHashes hashes = r.report().item().hashes();
      payload.put("data/" + id + "/original/" + safe(r.report().item().fileName()),
          copy(sink, "data/" + id + "/original/" + safe(r.report().item().fileName()), hashes));
      octets += hashes.size();
      for (WorkingCopyView c : r.report().workingCopies()) {
        String path = "data/" + id + "/working-copies/" + c.id() + "-" + safe(c.fileName());
        payload.put(path, copy(sink, path, c.hashes()));
        octets += c.hashes().size();
      }
      tag(sink, tags, "custody/" + id + ".json", r.json());
      tag(sink, tags, "custody/" + id + ".html", r.html());
      for (LogReceipt receipt : r.receipts()) {
        tag(sink, tags, "receipts/" + receipt.index() + LogReceipt.FILE_EXTENSION, receipt.bytes());
      }
    }
    tag(sink, tags, "manifest-sha256.txt", manifest(payload, 0));
    tag(sink, tags, "manifest-sha512.txt", manifest(payload, 1));
    String info = "Source-Organization: Registry of the Special Tribunal for the Crime of Aggression\n"
        + "Bagging-Date: " + LocalDate.now(ZoneOffset.UTC) + "\n"
        + "Payload-Oxum: " + octets + "." + payload.size() + "\n"
        + "External-Description: " + oneLine("Evidence export: " + reason) + "\n"
        + "Bag-Software-Agent: tribunal-server evidence vault\n";
    tag(sink, tags, "bag-info.txt", info);
    write(sink, "tagmanifest-sha256.txt", manifest(tags, 0).getBytes(StandardCharsets.UTF_8));
    write(sink, "tagmanifest-sha512.txt", manifest(tags, 1).getBytes(StandardCharsets.UTF_8));
  }

  private String[] copy(Sink sink, String path, ContentHashes expected) throws IOException {
    MessageDigest d256 = digest("SHA-256");
    MessageDigest d512 = digest("SHA-512");
    OutputStream out = sink.open(path);
    try (InputStream in = store.open(expected.sha256())) {
      byte[] buffer = new byte[1 << 20];
      int n;
      while ((n = in.read(buffer)) > 0) {
        d256.update(buffer, 0, n);
        d512.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    }
    sink.closeEntry(out);
    String[] actual = {HexFormat.of().formatHex(d256.digest()), HexFormat.of().formatHex(d512.digest())};
    if (!actual[0].equals(expected.sha256()) || !actual[1].equals(expected.sha512())) {
      throw new IllegalStateException("stored file " + expected.sha256() + " no longer matches its intake hash; "
          + "run an integrity sweep");
    }
    return actual;
  }

  private static void tag(Sink sink, Map<String, String[]> tags, String path, String text) throws IOException {
    tag(sink, tags, path, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void tag(Sink sink, Map<String, String[]> tags, String path, byte[] bytes) throws IOException {
    write(sink, path, bytes);
    tags.put(path, new String[] {hex("SHA-256", bytes), hex("SHA-512", bytes)});
  }

  private static void write(Sink sink, String path, byte[] bytes) throws IOException {
    OutputStream out = sink.open(path);
    out.write(bytes);
    sink.closeEntry(out);
  }

  private static String manifest(Map<String, String[]> files, int algorithm) {
    StringBuilder text = new StringBuilder();
    files.forEach((path, hashes) -> text.append(hashes[algorithm]).append("  ").append(encode(path)).append('\n'));
    return text.toString();
  }

  /** RFC 8493 section 2.1.3: percent-encode CR, LF and '%' in manifest paths. */
  static String encode(String path) {
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A file name safe in zips and on every file system: letters, digits, '.', '-', '_'. */
  static String safe(String name) {
    String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.startsWith(".") ? "_" + s : s;
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ");
  }

  private static String hex(String algorithm, byte[] bytes) {
    return HexFormat.of().formatHex(digest(algorithm).digest(bytes));
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A zip sink; payload entries are stored with fast compression. */
  static Sink zip(OutputStream out) {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    zip.setLevel(Deflater.BEST_SPEED);
    return new Sink() {
      @Override
      public OutputStream open(String path) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        return new java.io.FilterOutputStream(zip) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() {
            // the zip stays open; closeEntry ends the entry
          }
        };
      }

      @Override
      public void closeEntry(OutputStream entry) throws IOException {
        zip.closeEntry();
      }

      @Override
      public void close() throws IOException {
        zip.finish();
      }
    };
  }

  /** A directory sink. */
  static Sink directory(Path root) throws IOException {
    Files.createDirectories(root);
    try (var existing = Files.list(root)) {
      if (existing.findAny().isPresent()) {
        throw new IOException("the bag directory " + root + " is not empty");
      }
    }
    List<OutputStream> open = new ArrayList<>();
    return new Sink() {
      @Override
      public OutputStream open(String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
          throw new IOException("path escapes the bag: " + path);
        }
        Files.createDirectories(file.getParent());
        OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        open.add(out);
        return out;
      }

      @Override
      public void closeEntry(OutputStream entry) throws IOException {
        entry.close();
        open.remove(entry);
      }

      @Override
      public void close() throws IOException {
        for (OutputStream out : open) {
          out.close();
        }
      }
    };
  }
}

package org.tribunal.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.checkpoint.WitnessPolicy;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.proof.ProofVerifier;
import org.tribunal.merkle.receipt.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify-bag}: checks a BagIt bag (RFC 8493), as a directory or a zip, offline: the
 * {@code bagit.txt} declaration, every payload manifest (each file's hash, and that every file under
 * {@code data/} is listed), every tag manifest (each tag file's hash, and that every tag file is
 * listed), {@code Payload-Oxum}, and the receipts under {@code receipts/}: each named for its log index,
 * which must be a logged custody event of the bag's custody reports ({@code custody/<item>.json}), its
 * checkpoint signed by the log when a key is given, and, when it carries its log entry, that entry must
 * be that custody event and its inclusion proof must lead to the checkpoint.
 * At least one payload manifest and one tag manifest must be present, so that a change to any byte of
 * any file in the bag is caught.
 */
@Command(
    name = "verify-bag",
    mixinStandardHelpOptions = true,
    description = "Verifies a BagIt bag (directory or .zip): manifests, tag manifests, Payload-Oxum, "
        + "and the receipts (c2sp.org/tlog-proof) under receipts/ against the custody reports; "
        + "checkpoint signatures too when --key is given.")
final class VerifyBagCommand implements Callable<Integer> {

  private static final Pattern MANIFEST = Pattern.compile("(tag)?manifest-(sha256|sha512)\\.txt");
  private static final Pattern LINE = Pattern.compile("([0-9a-f]+)[ \\t]+\\*?(\\S.*)");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BAG", description = "the bag directory or zip file")
  Path bag;

  @Option(names = "--key", paramLabel = "VKEY",
      description = "the log's verifier key (or a file holding it), to check receipts in the bag")
  String key;

  /** The bag's files by path (forward slashes, relative to the bag's base). */
  interface Files_ extends AutoCloseable {
    Map<String, Long> list() throws IOException;

    InputStream open(String path) throws IOException;

    @Override
    void close() throws IOException;
  }

  @Override
  public Integer call() {
    if (!Files.exists(bag)) {
      return Reports.couldNotCheck(spec, "no such bag: " + bag);
    }
    try (Files_ files = Files.isDirectory(bag) ? directory(bag) : zip(bag)) {
      List<String> problems = new ArrayList<>();
      String summary = check(files, problems);
      if (!problems.isEmpty()) {
        return Reports.doesNotVerify(spec, String.join("; ", problems.subList(0, Math.min(10, problems.size())))
            + (problems.size() > 10 ? " (and " + (problems.size() - 10) + " more)" : ""));
      }
      return Reports.verified(spec, summary);
    } catch (java.util.zip.ZipException e) {
      return Reports.doesNotVerify(spec, "damaged zip: " + e.getMessage());
    } catch (IOException e) {
      return Reports.couldNotCheck(spec, "cannot read the bag: " + e.getMessage());
    } catch (CheckFailed e) {
      return Reports.couldNotCheck(spec, e.getMessage());
    }
  }

  private String check(Files_ bagFiles, List<String> problems) throws IOException, CheckFailed {
    Map<String, Long> all = bagFiles.list();
    String declaration = all.containsKey("bagit.txt") ? text(bagFiles, "bagit.txt") : null;
    if (declaration == null) {
      problems.add("bagit.txt is missing");
      return "";
    }
    if (!declaration.matches("BagIt-Version: [0-9]+\\.[0-9]+\r?\nTag-File-Character-Encoding: UTF-8\r?\n")) {
      problems.add("bagit.txt is not a BagIt declaration");
    }
    Map<String, Map<String, String>> payloadManifests = new TreeMap<>();
    Map<String, Map<String, String>> tagManifests = new TreeMap<>();
    for (String path : all.keySet()) {
      Matcher m = MANIFEST.matcher(path);
      if (m.matches()) {
        Map<String, String> entries = parse(bagFiles, path, m.group(2), problems);
        (m.group(1) == null ? payloadManifests : tagManifests).put(m.group(2), entries);
      }
    }
    if (payloadManifests.isEmpty()) {
      problems.add("no payload manifest (manifest-sha256.txt or manifest-sha512.txt)");
    }
    if (tagManifests.isEmpty()) {
      problems.add("no tag manifest (tagmanifest-sha256.txt or tagmanifest-sha512.txt)");
    }
    List<String> payload = all.keySet().stream().filter(p -> p.startsWith("data/")).toList();
    List<String> tagFiles = all.keySet().stream()
        .filter(p -> !p.startsWith("data/") && !p.matches("tagmanifest-[a-z0-9]+\\.txt")).toList();
    checkManifests(bagFiles, all, payloadManifests, payload, "payload", problems);
    checkManifests(bagFiles, all, tagManifests, tagFiles, "tag", problems);
    checkOxum(bagFiles, all, payload, problems);
    String receipts = checkReceipts(bagFiles, all, problems);
    return payload.size() + " payload files and " + tagFiles.size() + " tag files match "
        + payloadManifests.keySet() + " manifests and " + tagManifests.keySet() + " tag manifests" + receipts;
  }

  private void checkManifests(Files_ bagFiles, Map<String, Long> all, Map<String, Map<String, String>> manifests,
      List<String> expectedFiles, String kind, List<String> problems) throws IOException {
    for (var manifest : manifests.entrySet()) {
      String algorithm = manifest.getKey();
      for (String file : expectedFiles) {
        if (!manifest.getValue().containsKey(file)) {
          problems.add(kind + " file " + file + " is not in the " + algorithm + " manifest");
        }
      }
      for (var entry : manifest.getValue().entrySet()) {
        String path = entry.getKey();
        if (kind.equals("payload") && !path.startsWith("data/")) {
          problems.add("payload manifest names " + path + " outside data/");
          continue;
        }
        if (!all.containsKey(path)) {
          problems.add(path + " is in the " + algorithm + " manifest but not in the bag");
          continue;
        }
        String actual = hash(bagFiles, path, algorithm);
        if (!actual.equals(entry.getValue())) {
          problems.add(path + " has " + algorithm + " " + actual + ", the manifest says " + entry.getValue());
        }
      }
    }
  }

  private static void checkOxum(Files_ bagFiles, Map<String, Long> all, List<String> payload, List<String> problems)
      throws IOException {
    if (!all.containsKey("bag-info.txt")) {
      return;
    }
    for (String line : text(bagFiles, "bag-info.txt").split("\r?\n")) {
      if (line.startsWith("Payload-Oxum:")) {
        long octets = payload.stream().mapToLong(all::get).sum();
        String expected = octets + "." + payload.size();
        if (!line.substring("Payload-Oxum:".length()).strip().equals(expected)) {
          problems.add("Payload-Oxum is '" + line.substring(13).strip() + "' but the payload is " + expected);
        }
      }
    }
  }

  /** A logged custody event as an evidence bag's custody report lists it. */
  private record LoggedEvent(String item, long sequence, String commitment) {}

  /** The record type of custody events in the tribunal's log. */
  static final String CUSTODY_RECORD_TYPE = "evidence.custody";

  private static final Pattern RECEIPT = Pattern.compile("receipts/([0-9]{1,19})\\.tlog-proof");
  private static final Pattern CUSTODY_REPORT = Pattern.compile("custody/([0-9a-f-]{36})\\.json");

  /**
   * Checks every receipt under {@code receipts/}: it must be named for its log index, that index must
   * be a logged custody event of the bag's custody reports, and with a key its checkpoint must be
   * signed by the log. A receipt that carries its log entry ({@code extra}) must carry exactly that
   * custody event (type, item, sequence, commitment), and its inclusion proof must lead from the entry
   * to its checkpoint.
   */
  private String checkReceipts(Files_ bagFiles, Map<String, Long> all, List<String> problems)
      throws IOException, CheckFailed {
    List<String> receipts = all.keySet().stream().filter(p -> p.startsWith("receipts/")).toList();
    Map<Long, LoggedEvent> logged = loggedEvents(bagFiles, all, problems);
    if (receipts.isEmpty()) {
      return logged.isEmpty() ? "" : "; no receipts for the " + logged.size() + " logged custody events";
    }
    boolean custodyBag = all.keySet().stream().anyMatch(p -> CUSTODY_REPORT.matcher(p).matches());
    NoteVerifier log = key == null ? null : Inputs.verifier(key);
    WitnessPolicy policy = Inputs.policy(List.of(), null);
    int proven = 0;
    int withoutEntry = 0;
    for (String path : receipts) {
      Matcher name = RECEIPT.matcher(path);
      if (!name.matches()) {
        problems.add(path + " is not named receipts/<log index>.tlog-proof");
        continue;
      }
      Receipt receipt;
      try {
        receipt = Receipt.parse(text(bagFiles, path));
      } catch (MalformedInputException e) {
        problems.add("receipt " + path + ": " + e.getMessage());
        continue;
      }
      if (!Long.toUnsignedString(receipt.index()).equals(name.group(1).replaceFirst("^0+(?=.)", ""))) {
        problems.add("receipt " + path + " proves log index " + Long.toUnsignedString(receipt.index()));
        continue;
      }
      LoggedEvent event = logged.get(receipt.index());
      if (custodyBag && event == null) {
        problems.add("receipt " + path + ": no custody event in the bag has log index " + receipt.index());
        continue;
      }
      if (event != null && receipt.extra().length > 0) {
        String mismatch = mismatch(receipt.extra(), event);
        if (mismatch != null) {
          problems.add("receipt " + path + " does not carry custody event " + event.sequence() + " of item "
              + event.item() + ": " + mismatch);
          continue;
        }
      }
      try {
        if (receipt.extra().length == 0) {
          withoutEntry++;
          if (log != null) {
            receipt.checkpoint().verify(log);
            policy.require(receipt.checkpoint());
          }
        } else {
          if (log != null) {
            receipt.verifyCarriedEntry(log, policy);
          } else {
            var checkpoint = receipt.checkpoint().checkpoint();
            ProofVerifier.verifyInclusion(receipt.index(), checkpoint.size(), Rfc6962.leafHash(receipt.extra()),
                receipt.proof(), checkpoint.root());
          }
          proven++;
        }
      } catch (VerificationException e) {
        problems.add("receipt " + path + ": " + e.getMessage());
      }
    }
    StringBuilder summary = new StringBuilder("; ").append(receipts.size()).append(" receipts");
    if (custodyBag) {
      summary.append(" for logged custody events (").append(logged.size()).append(" logged in the custody reports)");
    }
    summary.append(log == null ? ", checkpoint signatures not checked (give --key)"
        : ", checkpoints signed by the log key");
    if (proven > 0) {
      summary.append(", ").append(proven).append(" prove the inclusion of the custody event they carry");
    }
    if (withoutEntry > 0) {
      summary.append(", ").append(withoutEntry).append(" carry no log entry (prove inclusion with verify-receipt"
          + " and the entry the log serves)");
    }
    return summary.toString();
  }

  /** The custody events with a log index in the bag's custody reports ({@code custody/<item>.json}). */
  private static Map<Long, LoggedEvent> loggedEvents(Files_ bagFiles, Map<String, Long> all, List<String> problems)
      throws IOException {
    Map<Long, LoggedEvent> events = new TreeMap<>();
    for (String path : all.keySet()) {
      Matcher m = CUSTODY_REPORT.matcher(path);
      if (!m.matches()) {
        continue;
      }
      try {
        Object report = JsonText.parse(text(bagFiles, path));
        Object chain = report instanceof Map<?, ?> r ? r.get("chain") : null;
        if (!(chain instanceof List<?> list)) {
          problems.add(path + " has no custody chain");
          continue;
        }
        for (Object e : list) {
          if (e instanceof Map<?, ?> event && event.get("logIndex") instanceof java.math.BigDecimal index
              && event.get("sequence") instanceof java.math.BigDecimal seq
              && event.get("commitment") instanceof String commitment) {
            events.put(index.longValueExact(), new LoggedEvent(m.group(1), seq.longValueExact(), commitment));
          }
        }
      } catch (IllegalArgumentException | ArithmeticException e) {
        problems.add(path + " is not a readable custody report: " + e.getMessage());
      }
    }
    return events;
  }

  /** Why the receipt's carried log entry is not {@code event}, or null if it is. */
  private static String mismatch(byte[] extra, LoggedEvent event) {
    if (extra.length == 0) {
      return "it carries no entry";
    }
    Object entry;
    try {
      entry = JsonText.parse(new String(extra, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return "its entry is not JSON";
    }
    if (!(entry instanceof Map<?, ?> e)) {
      return "its entry is not a JSON object";
    }
    if (!CUSTODY_RECORD_TYPE.equals(e.get("type"))) {
      return "its entry has type " + e.get("type");
    }
    if (!event.item().equals(e.get("id"))) {
      return "its entry is about " + e.get("id");
    }
    if (!(e.get("version") instanceof java.math.BigDecimal v) || v.compareTo(java.math.BigDecimal.valueOf(event.sequence())) != 0) {
      return "its entry is version " + e.get("version");
    }
    Object commitment = e.get("data") instanceof Map<?, ?> data ? data.get("commitment") : null;
    if (!event.commitment().equals(commitment)) {
      return "its entry commits to " + commitment + ", the custody report to " + event.commitment();
    }
    return null;
  }

  private static Map<String, String> parse(Files_ bagFiles, String path, String algorithm, List<String> problems)
      throws IOException {
    int hexLength = algorithm.equals("sha256") ? 64 : 128;
    Map<String, String> entries = new LinkedHashMap<>();
    String text = text(bagFiles, path);
    if (!text.isEmpty() && !text.endsWith("\n")) {
      problems.add(path + " does not end with a line break");
    }
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      if (line.isEmpty() && number == text.split("\n", -1).length) {
        continue;
      }
      Matcher m = LINE.matcher(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      if (!m.matches() || m.group(1).length() != hexLength) {
        problems.add(path + " line " + number + " is not '<" + algorithm + " in lower-case hex> <path>'");
        continue;
      }
      String file = decode(m.group(2));
      if (entries.put(file, m.group(1)) != null) {
        problems.add(path + " lists " + file + " twice");
      }
    }
    return entries;
  }

  /** RFC 8493 section 2.1.3: %0D, %0A and %25 in manifest paths. */
  private static String decode(String path) {
    return path.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }

  private static String hash(Files_ bagFiles, String path, String algorithm) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance(algorithm.equals("sha256") ? "SHA-256" : "SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = bagFiles.open(path)) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String text(Files_ bagFiles, String path) throws IOException {
    try (InputStream in = bagFiles.open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Files_ directory(Path root) {
    return new Files_() {
      @Override
      public Map<String, Long> list() throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
          for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
            files.put(root.relativize(p).toString().replace('\\', '/'), Files.size(p));
          }
        }
        return files;
      }

      @Override
      public InputStream open(String path) throws IOException {
        return Files.newInputStream(root.resolve(path));
      }

      @Override
      public void close() {}
    };
  }

  private static Files_ zip(Path file) throws IOException {
    ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    return new Files_() {
      String base = "";

      @Override
      public Map<String, Long> list() throws IOException {
        Map<String, Long> files = new TreeMap<>();
        List<String> names = new ArrayList<>();
        zip.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
        if (!names.contains("bagit.txt")) {
          names.stream().filter(n -> n.matches("[^/]+/bagit\\.txt")).findFirst()
              .ifPresent(n -> base = n.substring(0, n.indexOf('/') + 1));
        }
        for (String name : names) {
          if (name.startsWith(base)) {
            ZipEntry entry = zip.getEntry(name);
            long size = entry.getSize();
            if (size < 0) {
              try (InputStream in = zip.getInputStream(entry)) {
                size = in.transferTo(java.io.OutputStream.nullOutputStream());
              }
            }
            files.put(name.substring(base.length()), size);
          }
        }
        return files;
      }

      @Override
      public InputStream open(String path) throws IOException {
        ZipEntry entry = zip.getEntry(base + path);
        if (entry == null) {
          throw new java.nio.file.NoSuchFileException(path);
        }
        return zip.getInputStream(entry);
      }

      @Override
      public void close() throws IOException {
        zip.close();
      }
    };
  }
}

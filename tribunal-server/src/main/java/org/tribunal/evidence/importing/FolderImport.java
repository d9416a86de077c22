package org.tribunal.evidence.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tribunal.evidence.importing.ImportOptions.UsageException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a folder into the evidence vault of a running server: every regular file under it, in path
 * order, is hashed here, then streamed as the raw body of {@code POST /api/v1/evidence} with the
 * provenance given on the command line, and the SHA-256 the server took is compared with the local
 * one. Each file is one intake, all or nothing on the server; one report line per file says what
 * happened to it ({@code NEW}, {@code DUPLICATE} of bytes already held, {@code SKIPPED} because this
 * batch's journal has it already, {@code FAILED} with the reason, {@code IGNORED} for links and special
 * files). Launched from the server jar:
 *
 * <pre>
 * java -cp tribunal-server.jar -Dloader.main=org.tribunal.evidence.importing.FolderImport \
 *   org.springframework.boot.loader.launch.PropertiesLauncher \
 *   --server https://tribunal.example.org --token-file registrar.token \
 *   --submitter-state UKR --acquisition-method HANDED_OVER --classification RESTRICTED /media/handover-2025-06
 * </pre>
 *
 * Exit status: {@value #ALL_IN} when every file is in the vault, {@value #SOME_FAILED} when some
 * failed (the others are in; run again to retry them), {@value #NOTHING_DONE} when nothing could be
 * imported (bad options, unreadable folder, server unreachable, token refused).
 */
public final class FolderImport {

  /** Every file is in the vault. */
  public static final int ALL_IN = 0;
  /** Some files failed; the others are in the vault. */
  public static final int SOME_FAILED = 1;
  /** Nothing was imported. */
  public static final int NOTHING_DONE = 2;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ImportOptions options;
  private final PrintStream out;
  private final PrintStream err;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(15)).build();

  private FolderImport(ImportOptions options, PrintStream out, PrintStream err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the import and exits with its status.
   *
   * @param args the options and the folder (see {@code --help})
   */
  public static void main(String[] args) {
    System.exit(run(List.of(args), System.getenv(), System.out, System.err));
  }

  /**
   * Runs the import, writing the report to {@code out} and problems to {@code err}.
   *
   * @param args the options and the folder
   * @param env the environment ({@code TRIBUNAL_TOKEN})
   * @return {@link #ALL_IN}, {@link #SOME_FAILED} or {@link #NOTHING_DONE}
   */
  public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
    ImportOptions options;
    try {
      options = ImportOptions.parse(args, env);
    } catch (UsageException e) {
      if (!e.getMessage().isEmpty()) {
        err.println(e.getMessage());
      }
      err.println(ImportOptions.USAGE);
      return NOTHING_DONE;
    }
    try {
      return new FolderImport(options, out, err).importFolder();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("Interrupted; run the same command again to go on.");
      return NOTHING_DONE;
    }
  }

  /** What became of the files so far. */
  private static final class Tally {
    int created;
    int duplicates;
    int skipped;
    int failed;
    int ignored;
  }

  private int importFolder() throws InterruptedException {
    List<Path> files = new ArrayList<>();
    List<Path> ignored = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(options.folder())) {
      walk.filter(p -> !p.equals(options.folder()) && !p.equals(options.journal())).sorted().forEach(p -> {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          files.add(p);
        } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          ignored.add(p);
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("Cannot read the folder " + options.folder() + ": " + e.getMessage());
      return NOTHING_DONE;
    }
    Tally tally = new Tally();
    for (Path p : ignored) {
      tally.ignored++;
      line("IGNORED", relative(p), "-", "-", "not a regular file (links are not followed)");
    }
    if (options.dryRun()) {
      for (Path file : files) {
        String sha256 = sha256(file, tally);
        if (!sha256.equals("-")) {
          line("WOULD-SEND", relative(file), sha256, "-", "");
        }
      }
      summary(files.size(), tally);
      return tally.failed == 0 ? ALL_IN : SOME_FAILED;
    }
    String refusal = preflight();
    if (refusal != null) {
      err.println(refusal);
      return NOTHING_DONE;
    }
    try (ImportJournal journal = ImportJournal.open(options.journal(), options.batch(), options.server().toString())) {
      for (Path file : files) {
        if (!send(file, journal, tally)) {
          summary(files.size(), tally);
          return tally.created + tally.duplicates + tally.skipped == 0 ? NOTHING_DONE : SOME_FAILED;
        }
      }
    } catch (IOException e) {
      err.println("Cannot write the journal " + options.journal() + ": " + e.getMessage());
      summary(files.size(), tally);
      return tally.created + tally.duplicates + tally.skipped == 0 ? NOTHING_DONE : SOME_FAILED;
    }
    summary(files.size(), tally);
    return tally.failed == 0 ? ALL_IN : SOME_FAILED;
  }

  /** Sends one file; returns false if the server refuses the token, so that going on is pointless. */
  private boolean send(Path file, ImportJournal journal, Tally tally) throws IOException, InterruptedException {
    String path = relative(file);
    String local = sha256(file, tally);
    if (local.equals("-")) {
      return true;
    }
    var done = journal.submitted(path, local);
    if (done.isPresent()) {
      tally.skipped++;
      line("SKIPPED", path, local, done.get().itemId(), "already submitted in batch " + options.batch());
      return true;
    }
    HttpResponse<String> response;
    try {
      HttpRequest request = HttpRequest.newBuilder(uploadUri(file.getFileName().toString()))
          .header("Authorization", "Bearer " + options.token())
          .header("Content-Type", "application/octet-stream")
          .header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      tally.failed++;
      line("FAILED", path, local, "-", "the upload broke off (" + e.getClass().getSimpleName() + "); nothing was kept");
      return true;
    }
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      tally.failed++;
      line("FAILED", path, local, "-", "the server refused the token (" + status + "); stopping");
      return false;
    }
    if (status != 200 && status != 201) {
      tally.failed++;
      line("FAILED", path, local, "-", "the server answered " + status + ": " + problem(response.body()));
      return true;
    }
    String itemId;
    String received;
    int submission;
    boolean duplicate;
    try {
      JsonNode body = JSON.readTree(response.body());
      JsonNode item = body.required("item");
      itemId = item.required("id").asString();
      received = item.required("sha256").asString();
      submission = body.required("submission").asInt();
      duplicate = body.required("duplicate").asBoolean();
    } catch (JacksonException | IllegalArgumentException e) {
      tally.failed++;
      line("FAILED", path, local, "-", "the server answered " + status + " without an intake report; check the"
          + " vault before sending it again");
      return true;
    }
    if (!received.equals(local)) {
      tally.failed++;
      line("FAILED", path, local, itemId, "the server received other bytes (sha256 " + received
          + "): the file changed while it was sent");
      return true;
    }
    String outcome = duplicate ? "DUPLICATE" : "NEW";
    if (outcome.equals("NEW")) {
      tally.created++;
    } else {
      tally.duplicates++;
    }
    journal.record(new ImportJournal.Entry(path, local, itemId, submission, outcome));
    line(outcome, path, local, itemId, "submission " + submission);
    return true;
  }

  /** Checks that the server answers and accepts the token; returns why not, or null. */
  private @Nullable String preflight() throws InterruptedException {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(options.server().resolve("/api/v1/evidence?limit=1"))
          .header("Authorization", "Bearer " + options.token()).header("Accept", "application/json")
          .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
      return switch (r.statusCode()) {
        case 200 -> null;
        case 401 -> "The server refused the token (401): issue a registrar's token at /access/tokens.";
        case 403 -> "The token's user may not handle evidence (403): use a registrar's token.";
        default -> "The server answered " + r.statusCode() + " to " + options.server() + "/api/v1/evidence.";
      };
    } catch (ConnectException e) {
      return "Cannot reach " + options.server() + " (connection refused or no route); is the server running?";
    } catch (IOException e) {
      return "Cannot talk to " + options.server() + ": " + e;
    }
  }

  private URI uploadUri(String fileName) {
    StringBuilder q = new StringBuilder("/api/v1/evidence?originalFileName=").append(encode(fileName));
    options.fields().forEach((name, value) -> q.append('&').append(name).append('=').append(encode(value)));
    return options.server().resolve(q.toString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The file's SHA-256, or "-" after reporting it FAILED if it cannot be read. */
  private String sha256(Path file, Tally tally) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      tally.failed++;
      line("FAILED", relative(file), "-", "-", "cannot read the file: " + e.getMessage());
      return "-";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static String problem(String body) {
    try {
      JsonNode p = JSON.readTree(body);
      JsonNode detail = p.get("detail") != null ? p.get("detail") : p.get("title");
      return detail == null ? "(no detail)" : detail.asString();
    } catch (JacksonException e) {
      return "(no detail)";
    }
  }

  private String relative(Path file) {
    return options.folder().relativize(file).toString();
  }

  private void line(String outcome, String path, String sha256, String itemId, String note) {
    out.println(String.join("\t", outcome, ImportJournal.escape(path), sha256, itemId, note));
  }

  private void summary(int total, Tally t) {
    out.printf("# %d files: %d new, %d duplicates, %d skipped, %d failed, %d ignored (batch %s, journal %s)%n", total,
        t.created, t.duplicates, t.skipped, t.failed, t.ignored, options.batch(), options.journal());
  }
}

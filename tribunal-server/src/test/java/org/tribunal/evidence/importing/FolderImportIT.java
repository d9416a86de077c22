package org.tribunal.evidence.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.Role;
import org.tribunal.evidence.EvidenceHttp;
import org.tribunal.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The folder import against a running server: a nested folder with a duplicate goes in with the given
 * provenance, a re-run skips everything, a file the server rejects fails alone, a refused token stops
 * the import before anything is sent.
 */
@IntegrationTest
class FolderImportIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @TempDir Path work;

  String token;
  EvidenceHttp registrar;
  Path folder;
  byte[] report;
  byte[] minutes;
  byte[] photo;

  @BeforeEach
  void handover() throws Exception {
    token = AccessFixtures.in(context).bearerToken(Role.REGISTRAR);
    registrar = new EvidenceHttp("http://localhost:" + port, token);
    folder = Files.createDirectories(work.resolve("handover-2025-06"));
    Random random = new Random();
    report = new byte[70_000];
    random.nextBytes(report);
    minutes = ("Minutes of the meeting of 3 June 2025, " + random.nextLong() + "\n").getBytes(StandardCharsets.UTF_8);
    photo = new byte[5_000];
    random.nextBytes(photo);
    Files.write(folder.resolve("report.pdf"), report);
    Files.write(folder.resolve("minutes.txt"), minutes);
    Files.createDirectories(folder.resolve("photos/day-1"));
    Files.write(folder.resolve("photos/day-1/IMG_0001.jpg"), photo);
    Files.write(folder.resolve("photos/copy-of-report.pdf"), report);
  }

  record Run(int status, List<String[]> lines, String summary, String errors) {

    List<String> outcomes() {
      return lines.stream().map(l -> l[0] + " " + l[1]).toList();
    }

    String[] line(String path) {
      return lines.stream().filter(l -> l[1].equals(path)).findFirst().orElseThrow();
    }
  }

  Run importFolder(String... extra) {
    List<String> args = new ArrayList<>(List.of("--server", "http://localhost:" + port,
        "--journal", work.resolve("journal.tsv").toString(),
        "--submitter-state", "UKR", "--submitter-organisation", "Prosecutor General's Office",
        "--acquisition-method", "HANDED_OVER", "--acquired-on", "2025-06-03", "--acquired-at", "Kyiv",
        "--consent", "For the tribunal's proceedings", "--shared-with", "POL,LTU", "--classification", "PUBLIC"));
    args.addAll(List.of(extra));
    args.add(folder.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = FolderImport.run(args, Map.of("TRIBUNAL_TOKEN", token), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    List<String[]> lines = new ArrayList<>();
    String summary = "";
    for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (l.startsWith("#")) {
        summary = l;
      } else if (!l.isBlank()) {
        lines.add(l.split("\t", -1));
      }
    }
    return new Run(status, lines, summary, err.toString(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void importsANestedFolderWithItsDuplicateAndProvenance() throws Exception {
    Run run = importFolder();

    assertThat(run.status()).as(run.errors()).isEqualTo(FolderImport.ALL_IN);
    assertThat(run.outcomes()).containsExactly("NEW minutes.txt", "NEW photos/copy-of-report.pdf",
        "NEW photos/day-1/IMG_0001.jpg", "DUPLICATE report.pdf");
    assertThat(run.summary()).contains("4 files: 3 new, 1 duplicates, 0 skipped, 0 failed");
    String[] original = run.line("report.pdf");
    String[] copy = run.line("photos/copy-of-report.pdf");
    assertThat(copy[2]).isEqualTo(original[2]).isEqualTo(sha256(report));
    assertThat(copy[3]).isEqualTo(original[3]);
    assertThat(run.line("photos/day-1/IMG_0001.jpg")[2]).isEqualTo(sha256(photo));

    JsonNode item = registrar.get("/api/v1/evidence/" + original[3]).body();
    assertThat(item.get("classification").asString()).isEqualTo("PUBLIC");
    JsonNode submissions = item.get("submissions");
    assertThat(submissions).hasSize(2);
    assertThat(submissions.findValuesAsString("originalFileName")).containsExactlyInAnyOrder("report.pdf",
        "copy-of-report.pdf");
    JsonNode first = submissions.get(0);
    assertThat(first.get("submitterState").asString()).isEqualTo("UKR");
    assertThat(first.get("submitterOrganisation").asString()).isEqualTo("Prosecutor General's Office");
    assertThat(first.get("acquisitionMethod").asString()).isEqualTo("HANDED_OVER");
    assertThat(first.get("acquiredOn").asString()).isEqualTo("2025-06-03");
    assertThat(first.get("acquiredAt").asString()).isEqualTo("Kyiv");
    assertThat(first.get("sharedWith").toString()).contains("LTU", "POL");
    JsonNode custody = registrar.get("/api/v1/evidence/" + original[3] + "/custody").body();
    assertThat(custody.toString()).contains("RECEIVED");
  }

  @Test
  void aSecondRunSkipsWhatTheBatchSentAndSendsOnlyWhatChanged() throws Exception {
    Random random = new Random();
    Run first = importFolder();
    assertThat(first.status()).isEqualTo(FolderImport.ALL_IN);
    String reportItem = first.line("report.pdf")[3];

    Files.write(folder.resolve("minutes.txt"), ("Minutes, corrected " + random.nextLong()).getBytes(StandardCharsets.UTF_8));
    Run second = importFolder();

    assertThat(second.status()).as(second.errors()).isEqualTo(FolderImport.ALL_IN);
    assertThat(second.outcomes()).containsExactly("NEW minutes.txt", "SKIPPED photos/copy-of-report.pdf",
        "SKIPPED photos/day-1/IMG_0001.jpg", "SKIPPED report.pdf");
    assertThat(registrar.get("/api/v1/evidence/" + reportItem).body().get("submissions")).hasSize(2);
  }

  @Test
  void aRejectedFileFailsAloneAndTheOthersGoIn() throws Exception {
    Files.write(folder.resolve("bad\\name.txt"), "a name the vault refuses".getBytes(StandardCharsets.UTF_8));

    Run run = importFolder();

    assertThat(run.status()).isEqualTo(FolderImport.SOME_FAILED);
    String[] failed = run.line("bad\\\\name.txt");
    assertThat(failed[0]).isEqualTo("FAILED");
    assertThat(failed[4]).contains("422");
    assertThat(run.outcomes()).contains("DUPLICATE report.pdf", "NEW minutes.txt", "NEW photos/day-1/IMG_0001.jpg");
    assertThat(run.summary()).contains("1 failed");
  }

  @Test
  void aRefusedTokenStopsBeforeAnythingIsSent() throws Exception {
    List<String> args = List.of("--server", "http://localhost:" + port, "--journal", work.resolve("j.tsv").toString(),
        folder.toString());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = FolderImport.run(args, Map.of("TRIBUNAL_TOKEN", "not-a-token"), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(FolderImport.NOTHING_DONE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("401");
    assertThat(registrar.get("/api/v1/evidence?sha256=" + sha256(photo)).body().get("items")).isEmpty();
  }

  @Test
  void badOptionsAreAUsageError() {
    assertThat(importFolder("--acquired-on").status()).isEqualTo(FolderImport.NOTHING_DONE);
    assertThat(FolderImport.run(List.of("--server", "ftp://x", folder.toString()), Map.of("TRIBUNAL_TOKEN", "t"),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())))
        .isEqualTo(FolderImport.NOTHING_DONE);
  }
}

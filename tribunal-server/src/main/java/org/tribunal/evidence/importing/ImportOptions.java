package org.tribunal.evidence.importing;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The options of a folder import, checked before anything is read or sent.
 *
 * @param server the server's base URL, e.g. {@code https://tribunal.example.org}
 * @param token the API token of a registrar
 * @param folder the folder to import (walked recursively)
 * @param batch the name of this import; the journal of files already submitted is kept per batch
 * @param journal the journal file (tab-separated, appended to as files are submitted)
 * @param fields the provenance and handling fields sent with every file (the upload API's names)
 * @param dryRun hash and list the files without sending them
 */
record ImportOptions(URI server, String token, Path folder, String batch, Path journal, Map<String, String> fields,
    boolean dryRun) {

  /** The options that carry provenance or handling, by command-line name, with the API's field name. */
  static final Map<String, String> FIELD_OPTIONS = fieldOptions();

  private static final Set<String> FLAGS = Set.of("--dry-run", "--help");
  private static final Pattern BATCH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  static final String USAGE = """
      Usage: FolderImport --server URL (--token-file FILE | env TRIBUNAL_TOKEN) [options] FOLDER
      Streams every file under FOLDER into the evidence vault of a running server, one upload per file.
        --server URL                  the server, e.g. https://tribunal.example.org
        --token-file FILE             a file holding a registrar's API token (or set TRIBUNAL_TOKEN)
        --batch NAME                  name of this import (default: the folder's name)
        --journal FILE                journal of submitted files (default: ./tribunal-import-<batch>.tsv);
                                      a re-run skips files it lists with the same SHA-256
        --submitter-state CODE        ISO alpha-3 code of the submitting state
        --submitter-organisation TEXT
        --submitter-person TEXT
        --acquisition-method METHOD   HANDED_OVER (default), SEIZED, OPEN_SOURCE_CAPTURE, FORENSIC_IMAGE,
                                      INTERCEPT, RECORDED_BY_TRIBUNAL, OTHER
        --acquired-on YYYY-MM-DD
        --acquired-at TEXT            place or URL of acquisition
        --consent TEXT                consent and conditions of use
        --shared-with LIST            states or bodies that may see the files (comma-separated)
        --classification LEVEL        PUBLIC, RESTRICTED (default), CONFIDENTIAL, SECRET
        --compartments LIST           comma-separated compartments
        --dry-run                     hash and list the files, send nothing
      Exit status: 0 every file is in the vault, 1 some files failed (the others are in), 2 nothing was
      imported (bad options, unreadable folder, server unreachable, token refused).""";

  private static Map<String, String> fieldOptions() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("--submitter-state", "submitterState");
    m.put("--submitter-organisation", "submitterOrganisation");
    m.put("--submitter-person", "submitterPerson");
    m.put("--acquisition-method", "acquisitionMethod");
    m.put("--acquired-on", "acquiredOn");
    m.put("--acquired-at", "acquiredAt");
    m.put("--consent", "consent");
    m.put("--shared-with", "sharedWith");
    m.put("--classification", "classification");
    m.put("--compartments", "compartments");
    return Map.copyOf(m);
  }

  ImportOptions {
    fields = Map.copyOf(fields);
  }

  /** A command line that cannot be run. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  /**
   * Reads the command line.
   *
   * @param args the arguments
   * @param env the environment (for {@code TRIBUNAL_TOKEN})
   * @throws UsageException if an option is unknown, missing or malformed, or the folder or token file
   *     cannot be read
   */
  static ImportOptions parse(List<String> args, Map<String, String> env) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    boolean dryRun = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--help")) {
        throw new UsageException("");
      }
      if (a.equals("--dry-run")) {
        dryRun = true;
        continue;
      }
      if (a.startsWith("--")) {
        String name = a;
        String value;
        int eq = a.indexOf('=');
        if (eq > 0) {
          name = a.substring(0, eq);
          value = a.substring(eq + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException("Option " + a + " needs a value.");
        }
        if (!FIELD_OPTIONS.containsKey(name) && !List.of("--server", "--token-file", "--batch", "--journal").contains(name)
            || FLAGS.contains(name)) {
          throw new UsageException("Unknown option " + name + ".");
        }
        values.put(name, value);
      } else {
        positional.add(a);
      }
    }
    if (positional.size() != 1) {
      throw new UsageException("Name exactly one folder to import.");
    }
    Path folder = Path.of(positional.get(0)).toAbsolutePath().normalize();
    if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
      throw new UsageException("Not a readable folder: " + folder);
    }
    URI server = server(values.get("--server"));
    String token = token(values.get("--token-file"), env.get("TRIBUNAL_TOKEN"), dryRun);
    String batch = values.getOrDefault("--batch", folder.getFileName() == null ? "import" : folder.getFileName().toString());
    if (!BATCH.matcher(batch).matches()) {
      throw new UsageException("A batch name has 1 to 100 letters, digits, dots, dashes or underscores (got '" + batch
          + "'); name it with --batch.");
    }
    Path journal = Path.of(values.getOrDefault("--journal", "tribunal-import-" + batch + ".tsv")).toAbsolutePath();
    Map<String, String> fields = new LinkedHashMap<>();
    FIELD_OPTIONS.forEach((option, field) -> {
      String v = values.get(option);
      if (v != null && !v.isBlank()) {
        fields.put(field, v.strip());
      }
    });
    return new ImportOptions(server, token, folder, batch, journal, fields, dryRun);
  }

  private static URI server(@Nullable String url) {
    if (url == null || url.isBlank()) {
      throw new UsageException("Name the server with --server URL.");
    }
    try {
      URI uri = new URI(url.strip().replaceAll("/+$", ""));
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new UsageException("The server is an http or https URL (got '" + url + "').");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new UsageException("The server is an http or https URL (got '" + url + "').");
    }
  }

  private static String token(@Nullable String file, @Nullable String fromEnv, boolean dryRun) {
    if (file != null) {
      try {
        String t = Files.readString(Path.of(file)).strip();
        if (t.isEmpty()) {
          throw new UsageException("The token file " + file + " is empty.");
        }
        return t;
      } catch (java.io.IOException e) {
        throw new UsageException("Cannot read the token file " + file + ": " + e.getMessage());
      }
    }
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv.strip();
    }
    if (dryRun) {
      return "";
    }
    throw new UsageException("Give a registrar's API token with --token-file FILE or the TRIBUNAL_TOKEN variable.");
  }
}

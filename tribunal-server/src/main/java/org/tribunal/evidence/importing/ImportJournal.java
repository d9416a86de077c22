package org.tribunal.evidence.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files a batch has already put into the vault: one tab-separated line per accepted file
 * ({@code path, sha256, item id, submission, outcome, time}), appended and flushed as soon as the
 * server has answered, so an interrupted import can be run again and skips what it already sent. A
 * line names the file by its path inside the folder and its SHA-256: a file changed since is sent again.
 * Not thread-safe.
 */
final class ImportJournal implements AutoCloseable {

  /** A journal line: a file the server accepted. */
  record Entry(String path, String sha256, String itemId, int submission, String outcome) {}

  private final Map<String, Entry> byPath = new HashMap<>();
  private final BufferedWriter out;

  private ImportJournal(BufferedWriter out) {
    this.out = out;
  }

  /**
   * Opens the journal at {@code file}, reading the lines it already has, creating it if needed.
   *
   * @throws IOException if it cannot be read or written
   */
  static ImportJournal open(Path file, String batch, String server) throws IOException {
    Map<String, Entry> known = new HashMap<>();
    boolean exists = Files.exists(file);
    if (exists) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length >= 5) {
          String path = unescape(f[0]);
          known.put(path, new Entry(path, f[1], f[2], Integer.parseInt(f[3]), f[4]));
        }
      }
    } else if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    if (!exists) {
      out.write("# tribunal evidence import journal; batch " + batch + "; server " + server + "\n");
      out.write("# path\tsha256\titem\tsubmission\toutcome\trecorded\n");
      out.flush();
    }
    ImportJournal journal = new ImportJournal(out);
    journal.byPath.putAll(known);
    return journal;
  }

  /** The journal line of the file at {@code path} if it was submitted with exactly these bytes. */
  Optional<Entry> submitted(String path, String sha256) {
    return Optional.ofNullable(byPath.get(path)).filter(e -> e.sha256().equals(sha256));
  }

  /** Records a file the server accepted, and flushes it to disk. */
  void record(Entry entry) throws IOException {
    byPath.put(entry.path(), entry);
    out.write(String.join("\t", escape(entry.path()), entry.sha256(), entry.itemId(), Integer.toString(entry.submission()),
        entry.outcome(), Instant.now().toString()) + "\n");
    out.flush();
  }

  /** A path on one journal field: backslash, tab, carriage return and newline are escaped. */
  static String escape(String path) {
    return path.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String field) {
    StringBuilder b = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char n = field.charAt(++i);
        b.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}

package org.tribunal.positions.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tribunal.positions.ImportFormat;
import org.tribunal.positions.ImportRejectedException;
import org.tribunal.positions.ImportReport;
import org.tribunal.positions.TextId;
import org.tribunal.positions.VoteImports;

/**
 * Command-line import at start-up: {@code --import-votes=<file>} with optional
 * {@code --import-format=UNDL|NAMES|POSITIONS|TEXTS} (default UNDL), {@code --import-text=<symbol>}
 * (names files without a resolution column) and {@code --dry-run}. The report, or every problem of a
 * rejected file, goes to the log; a rejected file stops the start-up with an error.
 */
@Component
@Order(200)
class ImportVotesCommand implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ImportVotesCommand.class);

  private final VoteImports imports;

  ImportVotesCommand(VoteImports imports) {
    this.imports = imports;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> files = args.getOptionValues("import-votes");
    if (files == null) {
      return;
    }
    ImportFormat format = ImportFormat.valueOf(first(args, "import-format", "UNDL"));
    String text = first(args, "import-text", "");
    boolean dryRun = args.containsOption("dry-run");
    for (String file : files) {
      Path path = Path.of(file);
      try (InputStream in = Files.newInputStream(path)) {
        ImportReport r = imports.importFile(format, path.getFileName().toString(), in,
            text.isBlank() ? null : TextId.fromSymbol(text), dryRun);
        log.info("Imported {} ({}): {} rows, {} texts, {} positions new, {} unchanged{}", file, format, r.rows(),
            r.textsCreated(), r.positionsCreated(), r.positionsUnchanged(), r.note() == null ? "" : "; " + r.note());
      } catch (ImportRejectedException e) {
        e.problems().forEach(p -> log.error("{}", p));
        throw e;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }

  private static String first(ApplicationArguments args, String name, String fallback) {
    List<String> values = args.getOptionValues(name);
    return values == null || values.isEmpty() ? fallback : values.get(0);
  }
}

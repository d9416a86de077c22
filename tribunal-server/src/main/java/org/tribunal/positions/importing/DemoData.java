package org.tribunal.positions.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tribunal.positions.ImportFormat;
import org.tribunal.positions.ImportReport;
import org.tribunal.positions.PositionQueries;
import org.tribunal.positions.TextFilter;
import org.tribunal.positions.VoteImports;
import org.tribunal.positions.domain.DefaultRules;

/**
 * On every start, adds missing names to the alias table; on the first start with {@code tribunal.demo=true}
 * (no texts recorded yet), loads the real texts, votes and positions under {@code seed/positions/}
 * through the importers, and the demo participation rule.
 */
@Component
@Order(100)
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  /** Seed files in load order, with their formats. */
  static final String[][] FILES = {
    {"texts.csv", "TEXTS"},
    {"undl-es-11-1.csv", "UNDL"},
    {"votes-partial.csv", "NAMES"},
    {"statement-positions.csv", "POSITIONS"},
  };

  private final StateNames names;
  private final VoteImports imports;
  private final PositionQueries queries;
  private final DefaultRules rules;
  private final boolean demo;

  DemoData(StateNames names, VoteImports imports, PositionQueries queries, DefaultRules rules,
      @Value("${tribunal.demo:true}") boolean demo) {
    this.names = names;
    this.imports = imports;
    this.queries = queries;
    this.rules = rules;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    int added = names.seed();
    if (added > 0) {
      log.info("Positions: {} state names added to the alias table", added);
    }
    if (!demo || !queries.texts(TextFilter.all(), java.time.LocalDate.of(9999, 1, 1)).isEmpty()) {
      return;
    }
    load();
  }

  /** Loads the demo files and rule. */
  void load() {
    for (String[] f : FILES) {
      try (InputStream in = new ClassPathResource("seed/positions/" + f[0]).getInputStream()) {
        ImportReport r = imports.importFile(ImportFormat.valueOf(f[1]), f[0], in, null, false);
        log.info("Positions demo: {} — {} texts, {} positions", f[0], r.textsCreated(), r.positionsCreated());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    rules.defineDemoRule();
  }
}

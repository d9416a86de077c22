package org.tribunal.positions.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.tribunal.positions.NewContribution;
import org.tribunal.positions.ViabilityScenarios;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;
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
  private final ViabilityScenarios scenarios;
  private final JdbcClient jdbc;
  private final boolean demo;

  DemoData(StateNames names, VoteImports imports, PositionQueries queries, DefaultRules rules,
      ViabilityScenarios scenarios, JdbcClient jdbc, @Value("${tribunal.demo:true}") boolean demo) {
    this.scenarios = scenarios;
    this.jdbc = jdbc;
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
    if (!demo) {
      return;
    }
    if (queries.texts(TextFilter.all(), java.time.LocalDate.of(9999, 1, 1)).isEmpty()) {
      load();
    }
    if (jdbc.sql("SELECT count(*) FROM positions.contribution").query(Integer.class).single() == 0) {
      loadContributions();
    }
  }

  /** Loads the illustrative contribution declarations, each through the facade so the record sees it. */
  void loadContributions() {
    int n = 0;
    try (Reader in = new InputStreamReader(new ClassPathResource("seed/positions/contributions.csv").getInputStream(),
        StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String url = r.get("source_url").isBlank() ? null : r.get("source_url");
        scenarios.declare(new NewContribution(StateCode.of(r.get("iso3")), r.get("body_id"),
            new BigDecimal(r.get("amount")), r.get("currency"), LocalDate.parse(r.get("from")),
            r.get("to").isBlank() ? null : LocalDate.parse(r.get("to")),
            new SourceRef(r.get("source_title"), null, null, url), Boolean.parseBoolean(r.get("illustrative")),
            r.get("note").isBlank() ? null : r.get("note")));
        n++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log.info("Positions demo: {} illustrative contribution declarations", n);
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

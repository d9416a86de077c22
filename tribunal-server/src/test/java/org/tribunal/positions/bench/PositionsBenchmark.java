package org.tribunal.positions.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tribunal.TribunalApplication;
import org.tribunal.coalition.CoalitionQueries;
import org.tribunal.coalition.StateView;
import org.tribunal.positions.Claim;
import org.tribunal.positions.ImportFormat;
import org.tribunal.positions.ImportReport;
import org.tribunal.positions.NewRule;
import org.tribunal.positions.ParticipationRules;
import org.tribunal.positions.PositionQueries;
import org.tribunal.positions.RuleEvaluation;
import org.tribunal.positions.RuleSpec;
import org.tribunal.positions.StanceTimeline;
import org.tribunal.positions.VoteImports;
import org.tribunal.shared.StateCode;

/**
 * Load driver for issue 4's targets, on a fresh embedded database under {@code target/positions-bench}:
 *
 * <ol>
 *   <li>import of N (default 1,000,000) generated UNDL rows (195 states x N/195 resolutions) through
 *       {@link VoteImports}, with one public-record entry per position, against a raw PostgreSQL COPY of the
 *       same file into an unindexed table, measured in the same run (target < 30 s);
 *   <li>stance timeline of one state over 10,000 positions (p95 < 20 ms);
 *   <li>rule evaluation for all 195 states as of a date (< 200 ms).
 * </ol>
 *
 * <p>The record's sequencer is off so the import is measured alone (the outbox entries wait for it).
 * Run (see docs/performance.md): {@code ./mvnw -B -q -pl merkle-log -am install -DskipTests && ./mvnw -B -q
 * -pl tribunal-server test-compile org.codehaus.mojo:exec-maven-plugin:3.7.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tribunal.positions.bench.PositionsBenchmark [-Dexec.args=1000000]}. A second argument
 * {@code reuse} keeps the database of an earlier run with the same row count and measures only the reads; the
 * first timeline and evaluation calls of the process are reported apart from the warm samples.
 */
public final class PositionsBenchmark {

  private static final int TIMELINE_POSITIONS = 10_000;

  private PositionsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    // "reuse" (second argument): keep the database of an earlier run with the same row count and measure only
    // the reads, to iterate on them without importing again; without it every run starts from an empty database.
    boolean reuse = args.length > 1 && args[1].equals("reuse");
    Path dir = Path.of("target", "positions-bench").toAbsolutePath();
    Path done = dir.resolve("imported-" + rows);
    boolean reused = reuse && Files.exists(done);
    if (!reused) {
      deleteTree(dir);
    }
    Files.createDirectories(dir);
    // Command-line arguments, not default properties: application.properties would override those (and
    // then the run would reuse ./tribunal-data, load the demo and sequence the outbox while measuring).
    ConfigurableApplicationContext ctx = new SpringApplicationBuilder(TribunalApplication.class)
        .run("--tribunal.data-dir=" + dir.resolve("data"), "--tribunal.demo=false",
            "--tribunal.record.sequencer.enabled=false", "--server.port=0", "--logging.level.root=WARN");
    try {
      run(ctx, rows, dir, reused);
    } finally {
      ctx.close();
    }
    System.exit(0);
  }

  private static void run(ConfigurableApplicationContext ctx, int rows, Path dir, boolean reused) throws Exception {
    VoteImports imports = ctx.getBean(VoteImports.class);
    PositionQueries queries = ctx.getBean(PositionQueries.class);
    ParticipationRules rules = ctx.getBean(ParticipationRules.class);
    DataSource dataSource = ctx.getBean(DataSource.class);
    List<StateCode> states = ctx.getBean(CoalitionQueries.class).states().stream().map(StateView::code).toList();
    say("states in the registry: %d; cores: %d", states.size(), Runtime.getRuntime().availableProcessors());

    StateCode isl = StateCode.of("ISL");
    LocalDate asOf = LocalDate.of(2030, 1, 1);
    if (reused) {
      say("reusing the database of an earlier run with %,d rows: reads only", rows);
    } else {
      load(ctx, rows, dir, states, dataSource, imports, isl);
      Files.writeString(dir.resolve("imported-" + rows), "");
    }
    measureReads(queries, rules, dataSource, isl, asOf);
  }

  private static void load(ConfigurableApplicationContext ctx, int rows, Path dir, List<StateCode> states,
      DataSource dataSource, VoteImports imports, StateCode isl) throws Exception {
    // 1. import vs raw COPY
    Path undl = dir.resolve("undl.csv");
    int texts = writeUndl(undl, rows, states);
    say("generated %,d UNDL rows over %,d resolutions (%,d bytes)", rows, texts, Files.size(undl));
    long copyNanos = rawCopy(dataSource, undl);
    long t0 = System.nanoTime();
    ImportReport report;
    try (InputStream in = Files.newInputStream(undl)) {
      report = imports.importFile(ImportFormat.UNDL, "bench-undl.csv", in, null, false);
    }
    long importNanos = System.nanoTime() - t0;
    say("raw COPY of the same rows: %.2f s", copyNanos / 1e9);
    say("import (check, COPY, merge, one record entry per position): %.2f s, %,d positions, %,d texts;"
        + " ratio import / raw COPY = %.1f", importNanos / 1e9, report.positionsCreated(), report.textsCreated(),
        (double) importNanos / copyNanos);

    // 2. data for the timeline: 10,000 positions of one state on texts naming the aggressor
    Path textsCsv = dir.resolve("texts.csv");
    Path positionsCsv = dir.resolve("positions.csv");
    writeTimelineData(textsCsv, positionsCsv, isl);
    try (InputStream in = Files.newInputStream(textsCsv)) {
      imports.importFile(ImportFormat.TEXTS, "bench-texts.csv", in, null, false);
    }
    try (InputStream in = Files.newInputStream(positionsCsv)) {
      imports.importFile(ImportFormat.POSITIONS, "bench-positions.csv", in, null, false);
    }
  }

  private static void measureReads(PositionQueries queries, ParticipationRules rules, DataSource dataSource,
      StateCode isl, LocalDate asOf) {
    // The first calls of this process: nothing of these reads is in any cache of the application yet.
    long c0 = System.nanoTime();
    StanceTimeline probe = queries.timeline(isl, Claim.NAMES_AGGRESSOR, asOf);
    long coldTimeline = System.nanoTime() - c0;
    say("timeline of ISL on NAMES_AGGRESSOR: %,d points, %,d shifts; first (cold) call %.1f ms",
        probe.points().size(), probe.shifts().size(), coldTimeline / 1e6);
    long[] raw = sample(30, 200, () -> rawRead(dataSource, isl));
    long[] timeline = sample(30, 200, () -> queries.timeline(isl, Claim.NAMES_AGGRESSOR, asOf));
    say("baseline, plain JDBC read of the same positions (no joins, no mapping): p50 %.1f ms, p95 %.1f ms",
        ms(raw, 50), ms(raw, 95));
    say("stance timeline over %,d positions: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (target p95 < 20 ms);"
        + " ratio p50 timeline / baseline = %.1f", TIMELINE_POSITIONS, ms(timeline, 50), ms(timeline, 95),
        ms(timeline, 99), ms(timeline, 50) / ms(raw, 50));

    // 3. rule evaluation for every state
    if (rules.rules().stream().noneMatch(r -> r.id().equals("bench-rule"))) {
      rules.define(new NewRule("bench-rule", "Acknowledges aggression (bench)", "latest within 24 months supports",
        new RuleSpec(Set.of(Claim.NAMES_AGGRESSOR), 24, RuleSpec.Requirement.LATEST_SUPPORTS, false, Set.of()),
        LocalDate.of(1990, 1, 1), null));
    }
    long e0 = System.nanoTime();
    List<RuleEvaluation> all = rules.evaluateAll("bench-rule", null, asOf);
    say("rule evaluation, first call: %.1f ms", (System.nanoTime() - e0) / 1e6);
    long[] evaluation = sample(5, 30, () -> rules.evaluateAll("bench-rule", null, asOf));
    say("rule evaluation for all %d states: p50 %.1f ms, p95 %.1f ms, max %.1f ms (target < 200 ms)", all.size(),
        ms(evaluation, 50), ms(evaluation, 95), ms(evaluation, 100));
  }

  /** Reads every current position of {@code state} on a generated statement, as strings: the floor for a timeline. */
  static void rawRead(DataSource dataSource, StateCode state) {
    try (Connection c = dataSource.getConnection();
        var ps = c.prepareStatement("SELECT * FROM positions.position WHERE state_code = ? AND NOT superseded"
            + " AND text_id LIKE 'BENCH_STATEMENT_%'")) {
      ps.setString(1, state.value());
      try (var rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        long chars = 0;
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            String v = rs.getString(i);
            chars += v == null ? 0 : v.length();
          }
        }
        if (chars == 0) {
          throw new IllegalStateException("no positions read");
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes N rows of UNDL voting data: every state votes on each resolution, with the totals. */
  static int writeUndl(Path file, int rows, List<StateCode> states) throws IOException {
    int perText = states.size();
    int texts = (rows + perText - 1) / perText;
    char[] votes = {'Y', 'Y', 'Y', 'N', 'A', 'X'};
    int written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("undl_id,date,resolution,title,total_yes,total_no,total_abstentions,total_non_voting,total_ms,"
          + "undl_link,ms_code,ms_name,ms_vote\n");
      for (int t = 0; t < texts && written < rows; t++) {
        int n = Math.min(perText, rows - written);
        int[] tally = new int[4];
        for (int s = 0; s < n; s++) {
          tally[vote(votes, t, s)]++;
        }
        String date = LocalDate.of(1950, 1, 1).plusDays(t * 4L).toString();
        String prefix = (4_000_000 + t) + "," + date + ",A/RES/BENCH/" + t + ",Generated resolution " + t + ","
            + tally[0] + "," + tally[1] + "," + tally[2] + "," + tally[3] + "," + n
            + ",https://digitallibrary.un.org/record/" + (4_000_000 + t) + ",";
        for (int s = 0; s < n; s++) {
          StateCode state = states.get(s);
          int v = vote(votes, t, s);
          w.write(prefix + state.value() + ",State " + state.value() + "," + "YNAX".charAt(v) + "\n");
          written++;
        }
      }
    }
    return texts;
  }

  private static int vote(char[] votes, int text, int state) {
    return switch (votes[(text * 31 + state * 17) % votes.length]) {
      case 'Y' -> 0;
      case 'N' -> 1;
      case 'A' -> 2;
      default -> 3;
    };
  }

  /** COPY of the file, as it is, into an unindexed table of text columns; rolled back. */
  static long rawCopy(DataSource dataSource, Path file) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE positions.bench_raw_undl (undl_id text, date text, resolution text, title text,"
            + " total_yes text, total_no text, total_abstentions text, total_non_voting text, total_ms text,"
            + " undl_link text, ms_code text, ms_name text, ms_vote text)");
      }
      long t0 = System.nanoTime();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        c.unwrap(PGConnection.class).getCopyAPI()
            .copyIn("COPY positions.bench_raw_undl FROM STDIN WITH (FORMAT csv, HEADER true)", r);
      }
      c.commit();
      long nanos = System.nanoTime() - t0;
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE positions.bench_raw_undl");
      }
      c.commit();
      return nanos;
    }
  }

  /** 10,000 texts naming the aggressor and one position of {@code state} on each, stances alternating. */
  static void writeTimelineData(Path texts, Path positions, StateCode state) throws IOException {
    try (BufferedWriter t = Files.newBufferedWriter(texts, StandardCharsets.UTF_8);
        BufferedWriter p = Files.newBufferedWriter(positions, StandardCharsets.UTF_8)) {
      t.write("id,symbol,kind,body,date,title,claims,source_url\n");
      p.write("statement_id,iso3,position,date,note,source_url\n");
      for (int i = 0; i < TIMELINE_POSITIONS; i++) {
        String id = String.format(Locale.ROOT, "BENCH_STATEMENT_%05d", i);
        String date = LocalDate.of(2000, 1, 1).plusDays(i).toString();
        t.write(id + ",," + "JOINT_STATEMENT,G7," + date + ",Generated statement " + i + ",NAMES_AGGRESSOR,"
            + "https://example.org/bench/" + i + "\n");
        String kind = (i / 50) % 2 == 0 ? "signatory" : "declined_to_sign";
        p.write(id + "," + state.value() + "," + kind + "," + date + ",,https://example.org/bench/" + i + "\n");
      }
    }
  }

  private static long[] sample(int warmup, int runs, Runnable task) {
    for (int i = 0; i < warmup; i++) {
      task.run();
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      task.run();
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  private static double ms(long[] sorted, int percentile) {
    int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static void say(String format, Object... values) {
    System.out.println("[positions-bench] " + String.format(Locale.ROOT, format, values));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(walk.toList());
      paths.sort(Comparator.reverseOrder());
      for (Path p : paths) {
        Files.delete(p);
      }
    }
  }
}

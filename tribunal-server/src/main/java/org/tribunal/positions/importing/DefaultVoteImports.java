package org.tribunal.positions.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.positions.Claim;
import org.tribunal.positions.ClaimView;
import org.tribunal.positions.ImportFormat;
import org.tribunal.positions.ImportProblem;
import org.tribunal.positions.ImportRejectedException;
import org.tribunal.positions.ImportReport;
import org.tribunal.positions.InvalidPositionException;
import org.tribunal.positions.NewPosition;
import org.tribunal.positions.NewText;
import org.tribunal.positions.PositionKind;
import org.tribunal.positions.PositionQueries;
import org.tribunal.positions.PositionsImported;
import org.tribunal.positions.Tally;
import org.tribunal.positions.TextId;
import org.tribunal.positions.TextKind;
import org.tribunal.positions.TextView;
import org.tribunal.positions.UnknownPositionEntityException;
import org.tribunal.positions.VoteImports;
import org.tribunal.positions.domain.DefaultPositions;
import org.tribunal.positions.domain.PositionBatch;
import org.tribunal.positions.domain.RecordEntries;
import org.tribunal.record.ConcurrentAppend;
import org.tribunal.record.PublicRecord;
import org.tribunal.shared.DomainException;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * Reads import files line by line, checks every line, streams good lines into a {@link PositionBatch}
 * and, in one transaction, either merges them all or (on any problem, or in a dry run) rolls
 * everything back.
 */
@Service
class DefaultVoteImports implements VoteImports {

  private static final int MAX_PROBLEMS = 10_000;
  private static final int PREVIEW = 20;
  private static final int ANALYZE_AFTER = 10_000;
  private static final java.util.regex.Pattern ALPHA_3 = java.util.regex.Pattern.compile("[A-Z]{3}");

  private final PositionQueries queries;
  private final DefaultPositions management;
  private final StateNames names;
  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final PublicRecord record;
  private final ApplicationEventPublisher events;

  DefaultVoteImports(PositionQueries queries, DefaultPositions management, StateNames names,
      DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions, PublicRecord record,
      ApplicationEventPublisher events) {
    this.record = record;
    this.events = events;
    this.queries = queries;
    this.management = management;
    this.names = names;
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
  }

  @Override
  public ImportReport importFile(ImportFormat format, String fileName, InputStream content, @Nullable TextId text,
      boolean dryRun) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    String recordedBy = recorder();
    return tx.execute(status -> {
      // Good lines go to PostgreSQL while the next ones are read and checked (see Run.quiet).
      // The record entries of new texts and of the positions on them are written while the file is read,
      // on a second connection (see ConcurrentAppend): PostgreSQL stores them on a second core, beside
      // the positions. A dry run writes none.
      try (ConcurrentAppend early = dryRun ? null : record.appendConcurrently();
          PositionBatch batch = PositionBatch.open(dataSource, recordedBy, early);
          Reader reader = new InputStreamReader(new DigestInputStream(content, sha), StandardCharsets.UTF_8);
          CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
              .setIgnoreEmptyLines(true).get().parse(reader)) {
        Run run = new Run(format, fileName, text, dryRun, recordedBy, batch, early);
        run.header = csv.getHeaderMap().keySet().stream().map(h -> h.toLowerCase(Locale.ROOT).strip())
            .collect(java.util.stream.Collectors.toSet());
        run.checkHeader();
        if (run.problems.isEmpty()) {
          try (CsvReadAhead records = CsvReadAhead.start(csv)) {
            lines:
            for (List<CSVRecord> chunk = records.next(); chunk != null; chunk = records.next()) {
              for (CSVRecord r : chunk) {
                run.rows++;
                run.line(r, (int) r.getRecordNumber() + 1);
                if (run.problems.size() >= MAX_PROBLEMS) {
                  break lines;
                }
              }
            }
          }
        }
        run.checkTallies();
        if (!run.problems.isEmpty()) {
          throw ImportRejectedException.of(fileName, run.problems);
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        batch.pause();
        management.recordTexts(List.copyOf(run.newTexts.values()), early == null);
        if (early != null) {
          // the entries of new texts and their positions come before those the merge and the run append
          early.finish();
        }
        int created = batch.merge(!dryRun, "import of " + fileName, record::appendAll);
        int unchanged = batch.added() - created;
        if (!dryRun && created >= ANALYZE_AFTER) {
          // A bulk import changes the tables' size by orders of magnitude; without fresh statistics the
          // planner keeps choosing plans made for the small tables until autovacuum catches up.
          jdbc.sql("ANALYZE positions.position, positions.text, positions.text_claim").update();
        }
        String note = null;
        if (dryRun) {
          status.setRollbackOnly();
          note = "dry run: nothing was written";
        } else if (created == 0 && run.textsCreated == 0) {
          note = "nothing changed: every position in the file is already recorded";
        } else {
          UUID runId = UUID.randomUUID();
          jdbc.sql("""
              INSERT INTO positions.import_run (id, file_name, sha256, format, rows_read, created, unchanged,
                imported_by) VALUES (?,?,?,?,?,?,?,?)""")
              .params(runId, fileName, hash, format.name(), run.rows, created, unchanged, recordedBy)
              .update();
          record.append(RecordEntries.importRun(runId.toString(), fileName, hash, format.name(), run.rows,
              run.textsCreated, created, unchanged, recordedBy));
          events.publishEvent(new PositionsImported(runId, fileName, format, run.textsCreated, created,
              List.copyOf(run.touchedTexts)));
        }
        Map<TextId, Tally> tallies = new LinkedHashMap<>();
        run.counts.forEach((id, c) -> tallies.put(id, new Tally(c[0], c[1], c[2], c[3])));
        return new ImportReport(fileName, format, dryRun, run.rows, run.textsCreated, created, unchanged, tallies,
            hash, run.preview, note);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + fileName, e);
      }
    });
  }

  private static String recorder() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || auth.getName() == null || "anonymousUser".equals(auth.getName()) ? "system"
        : auth.getName();
  }

  /**
   * The state of one import while its lines are read. Good lines go straight into the batch's {@code COPY};
   * every read of the database while lines are read goes through {@link #quiet()} first, and what it reads
   * is kept for the rest of the import, so the {@code COPY} is interrupted only a few times.
   */
  private final class Run {
    final ImportFormat format;
    final String file;
    final @Nullable TextId defaultText;
    final boolean dryRun;
    final List<ImportProblem> problems = new ArrayList<>();
    final Map<TextId, int[]> counts = new LinkedHashMap<>();
    final Map<TextId, Tally> declaredTotals = new HashMap<>();
    final Map<TextId, Integer> firstLine = new HashMap<>();
    final Map<TextId, BitSet> seen = new HashMap<>();
    final Map<TextId, Optional<TextView>> texts = new HashMap<>();
    final Map<TextId, SourceRef> textSources = new HashMap<>();
    final List<NewPosition> preview = new ArrayList<>();
    Set<String> header = Set.of();
    final Map<TextId, NewText> newTexts = new LinkedHashMap<>();
    final Map<String, TextId> textIds = new HashMap<>();
    final Map<String, LocalDate> dates = new HashMap<>();
    final Map<String, Optional<StateCode>> stateCodes = new HashMap<>();
    final Map<String, Optional<StateCode>> stateNames = new HashMap<>();
    final PositionBatch batch;
    /** Where the record entries of new texts go while the file is read; null in a dry run. */
    final @Nullable ConcurrentAppend early;
    final String recordedBy;
    @Nullable Set<Claim> vocabulary;
    @Nullable Set<String> recordedTextIds;
    final Set<TextId> touchedTexts = new TreeSet<>();
    int rows;
    int textsCreated;

    Run(ImportFormat format, String file, @Nullable TextId defaultText, boolean dryRun, String recordedBy,
        PositionBatch batch, @Nullable ConcurrentAppend early) {
      this.batch = batch;
      this.early = early;
      this.recordedBy = recordedBy;
      this.format = format;
      this.file = file;
      this.defaultText = defaultText;
      this.dryRun = dryRun;
    }

    /** Ends the batch's open {@code COPY}, if any, so that the connection can answer a query. */
    void quiet() {
      batch.pause();
    }

    /** Returns up to three states named like {@code name}. */
    List<String> suggest(String name) {
      quiet();
      return names.suggest(name, 3);
    }

    /** Returns the state with this name (cached per import). */
    Optional<StateCode> named(String name) {
      return stateNames.computeIfAbsent(name, n -> {
        quiet();
        return names.find(n);
      });
    }

    void problem(int line, @Nullable String field, @Nullable String value, String message, List<String> suggestions) {
      problems.add(new ImportProblem(file, line, field, value, message, suggestions));
    }

    void checkHeader() {
      List<String> required = switch (format) {
        case UNDL -> List.of("resolution", "date", "ms_vote");
        case NAMES -> List.of("vote");
        case POSITIONS -> List.of("iso3", "position", "date");
        case TEXTS -> List.of("id", "kind", "body", "date", "title");
      };
      for (String column : required) {
        if (!header.contains(column)) {
          problem(1, column, null, "missing column " + column, List.of());
        }
      }
      if (format == ImportFormat.UNDL && !header.contains("ms_code") && !header.contains("ms_name")) {
        problem(1, "ms_code", null, "missing column ms_code (or ms_name)", List.of());
      }
      if (format == ImportFormat.NAMES && nameColumn() == null) {
        problem(1, "state", null, "missing column state (or state_name, name, country)", List.of());
      }
      if (format == ImportFormat.NAMES && !header.contains("resolution") && defaultText == null) {
        problem(1, "resolution", null, "no resolution column and no text given for the import", List.of());
      }
      if (format == ImportFormat.POSITIONS && !header.contains("statement_id") && !header.contains("text_id")) {
        problem(1, "text_id", null, "missing column text_id (or statement_id)", List.of());
      }
    }

    @Nullable String nameColumn() {
      for (String c : List.of("state", "state_name", "name", "country", "ms_name")) {
        if (header.contains(c)) {
          return c;
        }
      }
      return null;
    }

    String get(CSVRecord r, String column) {
      return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }

    void line(CSVRecord r, int line) {
      try {
        switch (format) {
          case UNDL -> undl(r, line);
          case NAMES -> names(r, line);
          case POSITIONS -> position(r, line);
          case TEXTS -> text(r, line);
        }
      } catch (DomainException e) {
        Object field = e.extensions().get("field");
        problem(line, field == null ? null : field.toString(), null, e.getMessage(), List.of());
      }
    }

    // ---- UNDL

    void undl(CSVRecord r, int line) {
      String symbol = get(r, "resolution");
      if (symbol.isEmpty()) {
        problem(line, "resolution", null, "resolution symbol is empty", List.of());
        return;
      }
      TextId id = textIds.computeIfAbsent(symbol, TextId::fromSymbol);
      LocalDate date = date(get(r, "date"), line, "date");
      Tally totals = totals(r, line);
      Optional<TextView> existing = text(id);
      if (existing.isEmpty() && date != null) {
        createUndlText(id, symbol, date, r, totals);
      }
      if (totals != null) {
        Tally before = declaredTotals.putIfAbsent(id, totals);
        if (before != null && !before.equals(totals)) {
          problem(line, "total_yes", totals.toString(), "totals differ from an earlier line of " + symbol
              + " (" + before + ")", List.of());
        }
      }
      firstLine.putIfAbsent(id, line);
      StateCode state = undlState(r, line);
      PositionKind kind = vote(get(r, "ms_vote"), line, "ms_vote");
      if (state == null || kind == null || date == null) {
        return;
      }
      add(line, new NewPosition(state, id, kind, date, null, sourceOf(id), false,
          blankToNull(get(r, "vote_note"))), "ms_code");
    }

    void createUndlText(TextId id, String symbol, LocalDate date, CSVRecord r, @Nullable Tally totals) {
      String undlId = blankToNull(get(r, "undl_id"));
      String link = blankToNull(get(r, "undl_link"));
      if (link == null && undlId != null) {
        link = "https://digitallibrary.un.org/record/" + undlId;
      }
      String title = get(r, "title").isEmpty() ? symbol : get(r, "title");
      String body = symbol.startsWith("S/") ? "UNSC" : symbol.startsWith("A/") ? "UNGA" : "UN";
      NewText t = new NewText(id, symbol, TextKind.RESOLUTION, body, date, title, null, link, Set.of(), null, totals,
          undlId, new SourceRef("UN Digital Library voting data" + (undlId == null ? "" : ", record " + undlId),
          "United Nations", null, link), false, null);
      pendingText(t);
    }

    @Nullable StateCode undlState(CSVRecord r, int line) {
      String code = get(r, "ms_code");
      String name = get(r, "ms_name");
      Optional<StateCode> known = knownCode(code);
      if (known.isPresent()) {
        return known.get();
      }
      if (!name.isEmpty()) {
        Optional<StateCode> byName = named(name);
        if (byName.isPresent()) {
          return byName.get();
        }
      }
      String shown = code.isEmpty() ? name : code;
      problem(line, code.isEmpty() ? "ms_name" : "ms_code", shown, "unknown state",
          suggest(name.isEmpty() ? code : name));
      return null;
    }

    @Nullable Tally totals(CSVRecord r, int line) {
      String y = get(r, "total_yes");
      if (y.isEmpty()) {
        return null;
      }
      try {
        int nonVoting = get(r, "total_non_voting").isEmpty() ? 0 : Integer.parseInt(get(r, "total_non_voting"));
        return new Tally(Integer.parseInt(y), Integer.parseInt(get(r, "total_no")),
            Integer.parseInt(get(r, "total_abstentions")), nonVoting);
      } catch (NumberFormatException e) {
        problem(line, "total_yes", y, "totals must be whole numbers", List.of());
        return null;
      }
    }

    // ---- names

    void names(CSVRecord r, int line) {
      String symbol = get(r, "resolution");
      TextId id = symbol.isEmpty() ? defaultText : TextId.fromSymbol(symbol);
      if (id == null) {
        problem(line, "resolution", null, "no text for this line", List.of());
        return;
      }
      Optional<TextView> t = text(id);
      if (t.isEmpty()) {
        problem(line, "resolution", symbol.isEmpty() ? id.value() : symbol, "unknown text; import the text first",
            List.of());
        return;
      }
      firstLine.putIfAbsent(id, line);
      String column = nameColumn();
      String name = get(r, column);
      Optional<StateCode> state = named(name);
      if (state.isEmpty()) {
        problem(line, column, name, "unknown state name", suggest(name));
      }
      PositionKind kind = vote(get(r, "vote"), line, "vote");
      if (state.isEmpty() || kind == null) {
        return;
      }
      String note = blankToNull(get(r, "note").isEmpty() ? get(r, "source_note") : get(r, "note"));
      String url = blankToNull(get(r, "source_url"));
      SourceRef source = url == null ? sourceOf(id) : SourceRef.ofUrl(url);
      add(line, new NewPosition(state.get(), id, kind, t.get().date(), blankToNull(get(r, "explanation")), source,
          unconfirmed(note), note), column);
    }

    // ---- positions

    void position(CSVRecord r, int line) {
      String textKey = get(r, "text_id").isEmpty() ? get(r, "statement_id") : get(r, "text_id");
      TextId id = TextId.fromSymbol(textKey);
      Optional<TextView> t = text(id);
      if (t.isEmpty()) {
        problem(line, "text_id", textKey, "unknown text; import the text first", List.of());
        return;
      }
      String code = get(r, "iso3");
      StateCode state = knownCode(code).orElse(null);
      if (state == null) {
        problem(line, "iso3", code, "unknown state code", suggest(code));
      }
      PositionKind kind;
      try {
        kind = PositionKind.parse(get(r, "position"));
      } catch (InvalidPositionException e) {
        problem(line, "position", get(r, "position"), e.getMessage(), List.of());
        return;
      }
      if (kind == PositionKind.DECLINED_TO_SIGN && t.get().body().startsWith("UN")) {
        kind = PositionKind.DECLINED_TO_COSPONSOR;
      }
      String note = blankToNull(get(r, "note"));
      String rawDate = get(r, "date");
      boolean dayUnknown = rawDate.matches("\\d{4}-\\d{2}");
      LocalDate date = date(dayUnknown ? rawDate + "-01" : rawDate, line, "date");
      if (dayUnknown) {
        note = (note == null ? "" : note + " ") + "(date given as " + rawDate + "; day unknown, first of month used)";
      }
      String url = blankToNull(get(r, "source_url"));
      if (state == null || date == null) {
        return;
      }
      add(line, new NewPosition(state, id, kind, date, blankToNull(get(r, "explanation")),
          url == null ? sourceOf(id) : SourceRef.ofUrl(url), dayUnknown || unconfirmed(note), note), "iso3");
    }

    // ---- texts

    void text(CSVRecord r, int line) {
      TextId id = TextId.fromSymbol(get(r, "id"));
      LocalDate date = date(get(r, "date"), line, "date");
      TextKind kind;
      try {
        kind = TextKind.valueOf(get(r, "kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problem(line, "kind", get(r, "kind"), "unknown text kind; one of " + List.of(TextKind.values()), List.of());
        return;
      }
      Set<Claim> claims = new TreeSet<>();
      for (String c : get(r, "claims").split(";")) {
        if (!c.isBlank()) {
          claims.add(Claim.of(c.strip()));
        }
      }
      Tally tally = null;
      if (!get(r, "yes").isEmpty()) {
        try {
          tally = new Tally(Integer.parseInt(get(r, "yes")), Integer.parseInt(get(r, "no")),
              Integer.parseInt(get(r, "abstain")), Integer.parseInt(get(r, "non_voting")));
        } catch (NumberFormatException e) {
          problem(line, "yes", get(r, "yes"), "tallies must be whole numbers", List.of());
          return;
        }
      }
      if (date == null || text(id).isPresent()) {
        return;
      }
      String url = blankToNull(get(r, "source_url"));
      String note = blankToNull(get(r, "note"));
      String amends = blankToNull(get(r, "amends"));
      NewText t = new NewText(id, blankToNull(get(r, "symbol")), kind, get(r, "body"), date, get(r, "title"),
          blankToNull(get(r, "full_text")), blankToNull(get(r, "link")) == null ? url : get(r, "link"), claims,
          amends == null ? null : TextId.fromSymbol(amends), tally, blankToNull(get(r, "undl_id")),
          url == null ? new SourceRef(file, null, null, null) : SourceRef.ofUrl(url),
          "true".equalsIgnoreCase(get(r, "unconfirmed")) || unconfirmed(note), note);
      pendingText(t);
    }

    /**
     * Keeps a new text to be recorded with the others after the last line (one batch instead of several
     * statements per text) and lets the following lines see it as if it were recorded already.
     */
    void pendingText(NewText t) {
      if (t.amends() != null && text(t.amends()).isEmpty()) {
        throw UnknownPositionEntityException.text(t.amends());
      }
      for (Claim c : t.claims()) {
        if (!vocabulary().contains(c)) {
          throw UnknownPositionEntityException.claim(c);
        }
      }
      newTexts.put(t.id(), t);
      textsCreated++;
      TextView view = new TextView(t.id(), t.symbol(), t.kind(), t.body(), t.date(), t.title(), t.fullText(),
          t.link(), new TreeSet<>(t.claims()), t.amends(), t.officialTally(), t.undlId(), t.source(),
          t.unconfirmed(), t.note(), recordedBy, java.time.Instant.now(), 1, null);
      texts.put(t.id(), Optional.of(view));
      if (early != null && problems.isEmpty()) {
        // its entry, as recording it will make it, before the entries of its positions
        early.add(RecordEntries.text(view));
      }
    }

    Set<Claim> vocabulary() {
      if (vocabulary == null) {
        quiet();
        vocabulary = queries.claims().stream().map(ClaimView::claim).collect(java.util.stream.Collectors.toSet());
      }
      return vocabulary;
    }

    // ---- shared

    /** Returns the registry state with this ISO 3166-1 alpha-3 code, if it is one (cached per import). */
    Optional<StateCode> knownCode(String code) {
      return stateCodes.computeIfAbsent(code, c -> {
        quiet();
        return ALPHA_3.matcher(c).matches() && names.isKnown(StateCode.of(c)) ? Optional.of(StateCode.of(c))
            : Optional.empty();
      });
    }

    Optional<TextView> text(TextId id) {
      return texts.computeIfAbsent(id, k -> {
        if (!recordedTextIds().contains(k.value())) {
          return Optional.empty();
        }
        quiet();
        return queries.findText(k);
      });
    }

    /**
     * The ids of every recorded text, read once: a file of thousands of new resolutions then costs one
     * query instead of one lookup per resolution that finds nothing.
     */
    Set<String> recordedTextIds() {
      if (recordedTextIds == null) {
        quiet();
        recordedTextIds = new java.util.HashSet<>(jdbc.sql("SELECT id FROM positions.text").query(String.class).list());
      }
      return recordedTextIds;
    }

    SourceRef sourceOf(TextId id) {
      return textSources.computeIfAbsent(id, k -> text(k).map(TextView::source)
          .orElse(new SourceRef(file, null, null, null)));
    }

    void add(int line, NewPosition p, String stateField) {
      int index = stateIndex(p.state()) * 4 + p.kind().slot().ordinal();
      BitSet set = seen.computeIfAbsent(p.text(), k -> new BitSet());
      if (set.get(index)) {
        problem(line, stateField, p.state().value(), "a second " + p.kind().slot().name().toLowerCase(Locale.ROOT)
            + " of " + p.state() + " on " + p.text() + " in the same file", List.of());
        return;
      }
      set.set(index);
      if (p.kind().slot() == PositionKind.Slot.VOTE) {
        int[] c = counts.computeIfAbsent(p.text(), k -> new int[4]);
        switch (p.kind()) {
          case VOTE_YES -> c[0]++;
          case VOTE_NO -> c[1]++;
          case VOTE_ABSTAIN -> c[2]++;
          default -> c[3]++;
        }
      }
      if (preview.size() < PREVIEW) {
        preview.add(p);
      }
      if (problems.isEmpty()) {
        if (newTexts.containsKey(p.text())) {
          // a text this import creates has no positions: this one can be written at once
          batch.addFirst(p);
        } else {
          batch.add(p);
        }
        touchedTexts.add(p.text());
      }
    }

    void checkTallies() {
      if (format != ImportFormat.UNDL) {
        return;
      }
      for (var e : counts.entrySet()) {
        Tally expected = declaredTotals.get(e.getKey());
        if (expected == null) {
          continue;
        }
        int[] c = e.getValue();
        Tally found = new Tally(c[0], c[1], c[2], c[3]);
        int line = firstLine.getOrDefault(e.getKey(), 0);
        if (found.yes() != expected.yes() || found.no() != expected.no() || found.abstain() != expected.abstain()
            || (expected.nonVoting() > 0 && found.nonVoting() != expected.nonVoting())) {
          problem(line, "total_yes", expected.toString(), "tally of " + e.getKey() + " does not add up: the file's"
              + " lines give " + found + ", its totals say " + expected, List.of());
        }
      }
    }

    @Nullable PositionKind vote(String code, int line, String field) {
      String c = code.strip().toUpperCase(Locale.ROOT);
      try {
        PositionKind kind = PositionKind.parse(c);
        if (kind.slot() == PositionKind.Slot.VOTE) {
          return kind;
        }
      } catch (InvalidPositionException e) {
        // reported below
      }
      problem(line, field, code, "not a vote: expected Y, N, A or X (yes, no, abstain, non-voting)", List.of());
      return null;
    }

    @Nullable LocalDate date(String value, int line, String field) {
      LocalDate known = dates.get(value);
      if (known != null) {
        return known;
      }
      try {
        LocalDate parsed = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        dates.put(value, parsed);
        return parsed;
      } catch (DateTimeParseException e) {
        problem(line, field, value, "not a date: expected YYYY-MM-DD", List.of());
        return null;
      }
    }
  }

  private static int stateIndex(StateCode s) {
    String v = s.value();
    return ((v.charAt(0) - 'A') * 26 + (v.charAt(1) - 'A')) * 26 + (v.charAt(2) - 'A');
  }

  private static boolean unconfirmed(@Nullable String note) {
    if (note == null) {
      return false;
    }
    String n = note.toLowerCase(Locale.ROOT);
    return n.contains("unconfirmed") || n.contains("unverified") || n.contains("inferred");
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

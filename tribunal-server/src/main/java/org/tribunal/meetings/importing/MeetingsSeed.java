package org.tribunal.meetings.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.access.CurrentUser;
import org.tribunal.meetings.MeetingFilter;
import org.tribunal.meetings.MeetingId;
import org.tribunal.meetings.MeetingManagement;
import org.tribunal.meetings.MeetingQueries;
import org.tribunal.meetings.MeetingStatus;
import org.tribunal.meetings.MeetingView;
import org.tribunal.meetings.NewMeeting;
import org.tribunal.meetings.NewNote;
import org.tribunal.meetings.NewOutcome;
import org.tribunal.meetings.NoteManagement;
import org.tribunal.meetings.OutcomeKind;
import org.tribunal.shared.Classification;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * Loads the demo meetings and the invented sample notes once, after the coalition's bodies and states
 * (which it checks against), in one transaction with its row in {@code meetings.seed_load}.
 */
@Component
@Order(30)
class MeetingsSeed implements ApplicationRunner {

  static final String ACTOR = "seed";
  private static final Logger log = LoggerFactory.getLogger(MeetingsSeed.class);
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private final MeetingManagement meetings;
  private final MeetingQueries queries;
  private final NoteManagement notes;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final boolean demo;

  MeetingsSeed(MeetingManagement meetings, MeetingQueries queries, NoteManagement notes, JdbcClient jdbc,
      TransactionTemplate tx, @Value("${tribunal.demo:true}") boolean demo) {
    this.meetings = meetings;
    this.queries = queries;
    this.notes = notes;
    this.jdbc = jdbc;
    this.tx = tx;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo) {
      return;
    }
    load("demo-v1", () -> {
      Map<String, MeetingId> byNumber = new HashMap<>();
      List<CSVRecord> meetingRows = rows("meetings.csv");
      meetingRows.forEach(r -> meeting(r, byNumber));
      List<CSVRecord> noteRows = rows("sample_notes.csv");
      CurrentUser seed = seedUser(noteRows);
      noteRows.forEach(r -> note(r, byNumber, seed));
      return meetingRows.size() + noteRows.size();
    });
    load("outcomes-v1", () -> {
      Map<String, MeetingId> byKey = new HashMap<>();
      queries.export(MeetingFilter.all(), m -> {
        if (m.number() != null) {
          byKey.put(m.bodyId() + "#" + m.number(), m.id());
        }
        if (m.startDate() != null) {
          byKey.putIfAbsent(m.bodyId() + "@" + m.startDate(), m.id());
        }
      });
      List<CSVRecord> outcomeRows = rows("outcomes.csv");
      outcomeRows.forEach(r -> meetings.recordOutcome(requireMeeting(byKey, r.get("meeting")), new NewOutcome(
          OutcomeKind.valueOf(r.get("kind")), r.get("summary"), blank(r.get("text_id")),
          blank(r.get("state")) == null ? null : StateCode.of(r.get("state")), Boolean.parseBoolean(r.get("unconfirmed")),
          SourceRef.ofUrl(r.get("source_url"))), ACTOR));
      return outcomeRows.size();
    });
  }

  /** Loads the set {@code name} once, in one transaction with its row in {@code meetings.seed_load}. */
  private void load(String name, java.util.function.IntSupplier rows) {
    tx.executeWithoutResult(status -> {
      jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('meetings.seed'))").query((rs, i) -> 1).list();
      boolean loaded = jdbc.sql("SELECT count(*) FROM meetings.seed_load WHERE name = ?").param(name)
          .query(Long.class).single() > 0;
      if (!loaded) {
        int count = rows.getAsInt();
        jdbc.sql("INSERT INTO meetings.seed_load (name, rows) VALUES (?, ?)").params(name, count).update();
        log.info("Loaded meetings seed {} ({} rows)", name, count);
      }
    });
  }

  private void meeting(CSVRecord r, Map<String, MeetingId> byNumber) {
    String note = blank(r.get("note"));
    MeetingView m = meetings.record(new NewMeeting(r.get("body_id"),
        blank(r.get("number")) == null ? null : Integer.valueOf(r.get("number")), null, blank(r.get("place")),
        date(r.get("start_date")), date(r.get("end_date")), MeetingStatus.valueOf(r.get("status").toUpperCase(java.util.Locale.ROOT)),
        note != null && note.contains("unconfirmed"), note, SourceRef.ofUrl(r.get("source_url"))), ACTOR);
    if (m.number() != null) {
      byNumber.put(m.bodyId() + "#" + m.number(), m.id());
    }
  }

  private void note(CSVRecord r, Map<String, MeetingId> byNumber, CurrentUser seed) {
    String meeting = blank(r.get("meeting"));
    List<MeetingId> linked = meeting == null ? List.of() : List.of(requireMeeting(byNumber, meeting));
    notes.record(new NewNote(
        blank(r.get("author_state")) == null ? null : StateCode.of(r.get("author_state")),
        blank(r.get("author_body")), list(r.get("addressees")), LocalDate.parse(r.get("date")), r.get("subject"),
        r.get("text"), Classification.valueOf(r.get("classification")), Set.copyOf(list(r.get("compartments"))),
        linked, list(r.get("states")).stream().map(StateCode::of).toList(), List.of(), List.of()), seed);
  }

  private static MeetingId requireMeeting(Map<String, MeetingId> byNumber, String key) {
    MeetingId id = byNumber.get(key);
    if (id == null) {
      throw new IllegalStateException("seed/meetings names an unknown meeting " + key);
    }
    return id;
  }

  /** The author of the seed notes: cleared for everything the samples use, and nothing else. */
  private static CurrentUser seedUser(List<CSVRecord> notes) {
    Set<String> compartments = notes.stream().flatMap(r -> list(r.get("compartments")).stream())
        .collect(Collectors.toSet());
    return new CurrentUser(ACTOR, "Seed data", Set.of(), null, Classification.SECRET, compartments);
  }

  private static List<CSVRecord> rows(String file) {
    try (Reader reader = new InputStreamReader(new ClassPathResource("seed/meetings/" + file).getInputStream(),
        StandardCharsets.UTF_8)) {
      return CSV.parse(reader).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> list(String value) {
    return value.isBlank() ? List.of() : Arrays.stream(value.split(";")).map(String::strip).toList();
  }

  private static @Nullable LocalDate date(String s) {
    return s.isBlank() ? null : LocalDate.parse(s);
  }

  private static @Nullable String blank(String s) {
    return s.isBlank() ? null : s.strip();
  }
}

package org.tribunal.coalition.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
import org.tribunal.coalition.BodyId;
import org.tribunal.coalition.BodyKind;
import org.tribunal.coalition.EntryIntoForceRule;
import org.tribunal.coalition.InstrumentId;
import org.tribunal.coalition.InstrumentKind;
import org.tribunal.coalition.InstrumentManagement;
import org.tribunal.coalition.MembershipManagement;
import org.tribunal.coalition.MembershipPeriod;
import org.tribunal.coalition.MembershipStatus;
import org.tribunal.coalition.NewBody;
import org.tribunal.coalition.NewInstrument;
import org.tribunal.coalition.NewInstrumentAction;
import org.tribunal.coalition.NewMembership;
import org.tribunal.coalition.NewState;
import org.tribunal.coalition.ParticipationAct;
import org.tribunal.coalition.Party;
import org.tribunal.coalition.UnStatus;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * Loads the seed sets at start-up: the states always (the registry needs them), the demo facts when
 * {@code tribunal.demo} is on. Each set loads in one transaction together with its row in {@code coalition.seed_load},
 * so it loads exactly once even if the server stops half-way or two servers start together. Every seeded fact goes
 * through the facades, so it reaches the public record like any other change; the load itself is one more entry
 * ({@code coalition.seed-load}).
 */
@Component
@Order(10)
class CoalitionSeed implements ApplicationRunner {

  static final String RECORDED_BY = "seed";
  private static final Logger log = LoggerFactory.getLogger(CoalitionSeed.class);
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private final MembershipManagement memberships;
  private final InstrumentManagement instruments;
  private final JdbcClient jdbc;
  private final PublicRecord record;
  private final TransactionTemplate tx;
  private final boolean demo;

  CoalitionSeed(MembershipManagement memberships, InstrumentManagement instruments, JdbcClient jdbc,
      PublicRecord record, TransactionTemplate tx, @Value("${tribunal.demo:true}") boolean demo) {
    this.memberships = memberships;
    this.instruments = instruments;
    this.jdbc = jdbc;
    this.record = record;
    this.tx = tx;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    load("states-v1", () -> each("states.csv", this::state));
    if (demo) {
      load("demo-v1", () -> each("bodies.csv", this::body)
          + each("memberships.csv", this::membership)
          + each("instruments.csv", this::instrument)
          + each("instrument_actions.csv", this::action));
    }
  }

  private void load(String name, java.util.function.IntSupplier rows) {
    tx.executeWithoutResult(status -> {
      jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('coalition.seed'))").query((rs, i) -> 1).list();
      boolean loaded = jdbc.sql("SELECT count(*) FROM coalition.seed_load WHERE name = ?").param(name)
          .query(Long.class).single() > 0;
      if (!loaded) {
        int count = rows.getAsInt();
        jdbc.sql("INSERT INTO coalition.seed_load (name, rows) VALUES (?, ?)").params(name, count).update();
        record.append(new RecordEntry("coalition.seed-load", name, 1, null, RECORDED_BY, null,
            Map.of("name", name, "rows", count)));
        log.info("Loaded coalition seed {} ({} rows)", name, count);
      }
    });
  }

  private int each(String file, Consumer<CSVRecord> loader) {
    try (Reader reader = new InputStreamReader(new ClassPathResource("seed/coalition/" + file).getInputStream(),
        StandardCharsets.UTF_8)) {
      List<CSVRecord> records = CSV.parse(reader).getRecords();
      for (CSVRecord r : records) {
        try {
          loader.accept(r);
        } catch (RuntimeException e) {
          throw new IllegalStateException("seed/coalition/" + file + " line " + r.getRecordNumber() + ": "
              + e.getMessage(), e);
        }
      }
      return records.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void state(CSVRecord r) {
    memberships.registerState(new NewState(StateCode.of(r.get("iso3")), r.get("name_en"), r.get("name_fr"),
        r.get("name_uk"), UnStatus.valueOf(r.get("un_status")),
        new SourceRef(r.get("source_title"), null, null, r.get("source_url")), RECORDED_BY));
  }

  private void body(CSVRecord r) {
    memberships.registerBody(new NewBody(BodyId.of(r.get("id")), r.get("name"), BodyKind.valueOf(r.get("kind")),
        r.get("description"), blank(r.get("parent_id")) == null ? null : BodyId.of(r.get("parent_id")),
        blank(r.get("note")), source(r), RECORDED_BY));
  }

  private void membership(CSVRecord r) {
    memberships.record(new NewMembership(party(r), BodyId.of(r.get("body_id")),
        new MembershipPeriod(date(r.get("from")), date(r.get("to"))), MembershipStatus.valueOf(r.get("status")),
        blank(r.get("basis")), blank(r.get("note")), Boolean.parseBoolean(r.get("unconfirmed")), source(r),
        RECORDED_BY));
  }

  private void instrument(CSVRecord r) {
    EntryIntoForceRule rule = switch (r.get("eif_kind")) {
      case "AFTER_CONSENTS" -> new EntryIntoForceRule.AfterConsents(Integer.parseInt(r.get("eif_count")),
          Integer.parseInt(r.get("eif_months")), Boolean.parseBoolean(r.get("eif_first_day")));
      case "ON_SIGNATURE" -> new EntryIntoForceRule.OnSignature(Integer.parseInt(r.get("eif_count")));
      case "ON_DATE" -> new EntryIntoForceRule.OnDate(LocalDate.parse(r.get("eif_date")));
      default -> new EntryIntoForceRule.Textual(r.get("eif_text"));
    };
    instruments.register(new NewInstrument(InstrumentId.of(r.get("id")), r.get("title"),
        InstrumentKind.valueOf(r.get("kind")), date(r.get("adopted_on")), blank(r.get("place")),
        Boolean.parseBoolean(r.get("signature_required")), rule, Boolean.parseBoolean(r.get("rule_unconfirmed")),
        blank(r.get("body_id")) == null ? null : BodyId.of(r.get("body_id")),
        blank(r.get("annex_to")) == null ? null : InstrumentId.of(r.get("annex_to")), blank(r.get("note")),
        source(r), RECORDED_BY));
  }

  private void action(CSVRecord r) {
    instruments.record(new NewInstrumentAction(InstrumentId.of(r.get("instrument_id")), party(r),
        ParticipationAct.valueOf(r.get("act")), LocalDate.parse(r.get("date")), blank(r.get("note")),
        Boolean.parseBoolean(r.get("unconfirmed")), source(r), RECORDED_BY));
  }

  private static Party party(CSVRecord r) {
    return blank(r.get("iso3")) != null ? Party.state(StateCode.of(r.get("iso3"))) : Party.organisation(r.get("org"));
  }

  private static SourceRef source(CSVRecord r) {
    return SourceRef.ofUrl(r.get("source_url"));
  }

  private static @Nullable LocalDate date(String s) {
    return s.isBlank() ? null : LocalDate.parse(s);
  }

  private static @Nullable String blank(String s) {
    return s.isBlank() ? null : s;
  }
}

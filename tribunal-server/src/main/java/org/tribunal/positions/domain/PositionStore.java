package org.tribunal.positions.domain;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tribunal.positions.Claim;
import org.tribunal.positions.ClaimView;
import org.tribunal.positions.DisputeView;
import org.tribunal.positions.NewClaim;
import org.tribunal.positions.NewDispute;
import org.tribunal.positions.NewPosition;
import org.tribunal.positions.NewText;
import org.tribunal.positions.PositionKind;
import org.tribunal.positions.PositionRef;
import org.tribunal.positions.PositionView;
import org.tribunal.positions.Tally;
import org.tribunal.positions.TextFilter;
import org.tribunal.positions.TextId;
import org.tribunal.positions.TextKind;
import org.tribunal.positions.TextView;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * SQL for texts, claims, positions and disputes in schema {@code positions}. Callers own the
 * transaction. Public for this module's importers; not part of the module's API.
 */
@Component
public class PositionStore {

  private static final String POSITION_COLUMNS =
      "p.text_id, p.state_code, p.slot, p.version, p.kind, p.position_date, p.explanation, p.source_title,"
          + " p.source_publisher, p.source_date, p.source_url, p.unconfirmed, p.note, p.retracted, p.reason,"
          + " p.recorded_by, p.recorded_at";

  private static final String INSERT_TEXT = """
      INSERT INTO positions.text (id, symbol, kind, body, text_date, title, full_text, link, amends,
        tally_yes, tally_no, tally_abstain, tally_non_voting, undl_id, source_title, source_publisher,
        source_date, source_url, unconfirmed, note, recorded_by)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""";
  private static final String INSERT_TEXT_CLAIM = "INSERT INTO positions.text_claim (text_id, claim) VALUES (?,?)";

  /** Most text views kept by {@link #onClaims}; past it the cache starts again empty. */
  private static final int TEXT_VIEWS = 50_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  /**
   * Texts met by {@link #onClaims}, by key: the checked key (checking one is a regular expression) and the
   * view of the version last read, with that version's number and recording time. A text's content never
   * changes under one version and time (a correction is a new version recorded at a new time, and a text
   * rolled back and recorded again gets another time), so a view is used only when both match the row read.
   */
  private final Map<String, KnownText> knownTexts = new java.util.concurrent.ConcurrentHashMap<>();

  PositionStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  // ---- claims

  List<ClaimView> claims() {
    return jdbc.sql("SELECT code, label_en, label_fr, label_uk, description FROM positions.claim ORDER BY code")
        .query((rs, i) -> new ClaimView(Claim.of(rs.getString(1)), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5)))
        .list();
  }

  /** Returns whether the claim is in the vocabulary. */
  public boolean claimExists(Claim claim) {
    return jdbc.sql("SELECT count(*) FROM positions.claim WHERE code = ?").param(claim.code())
        .query(Integer.class).single() > 0;
  }

  void insertClaim(NewClaim c) {
    jdbc.sql("INSERT INTO positions.claim (code, label_en, label_fr, label_uk, description) VALUES (?,?,?,?,?)")
        .params(c.claim().code(), c.labelEn(), c.labelFr(), c.labelUk(), c.description())
        .update();
  }

  // ---- texts

  /** Returns whether a text with this key exists. */
  public boolean textExists(TextId id) {
    return jdbc.sql("SELECT count(*) FROM positions.text WHERE id = ?").param(id.value())
        .query(Integer.class).single() > 0;
  }

  /** Inserts a text and its claims. */
  public void insertText(NewText t, String recordedBy) {
    Tally tally = t.officialTally();
    jdbc.sql(INSERT_TEXT)
        .params(t.id().value(), t.symbol(), t.kind().name(), t.body(), Date.valueOf(t.date()), t.title(),
            t.fullText(), t.link(), t.amends() == null ? null : t.amends().value(),
            tally == null ? null : tally.yes(), tally == null ? null : tally.no(),
            tally == null ? null : tally.abstain(), tally == null ? null : tally.nonVoting(), t.undlId(),
            t.source().title(), t.source().publisher(),
            t.source().date() == null ? null : Date.valueOf(t.source().date()), t.source().url(), t.unconfirmed(),
            t.note(), recordedBy)
        .update();
    for (Claim c : t.claims()) {
      jdbc.sql(INSERT_TEXT_CLAIM).params(t.id().value(), c.code())
          .update();
    }
  }

  /** Returns which of the given keys are texts. */
  Set<TextId> existingTexts(Collection<TextId> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    String[] keys = ids.stream().map(TextId::value).distinct().toArray(String[]::new);
    return new HashSet<>(jdbc.sql("SELECT id FROM positions.text WHERE id = ANY(?)").param(keys)
        .query((rs, i) -> TextId.of(rs.getString(1))).list());
  }

  /** Inserts texts and their claims in two batched statements, in list order. */
  void insertTexts(List<NewText> texts, String recordedBy) {
    List<Object[]> rows = new ArrayList<>(texts.size());
    List<Object[]> claims = new ArrayList<>();
    for (NewText t : texts) {
      Tally tally = t.officialTally();
      rows.add(new Object[] {t.id().value(), t.symbol(), t.kind().name(), t.body(), Date.valueOf(t.date()),
          t.title(), t.fullText(), t.link(), t.amends() == null ? null : t.amends().value(),
          tally == null ? null : tally.yes(), tally == null ? null : tally.no(),
          tally == null ? null : tally.abstain(), tally == null ? null : tally.nonVoting(), t.undlId(),
          t.source().title(), t.source().publisher(),
          t.source().date() == null ? null : Date.valueOf(t.source().date()), t.source().url(), t.unconfirmed(),
          t.note(), recordedBy});
      for (Claim c : t.claims()) {
        claims.add(new Object[] {t.id().value(), c.code()});
      }
    }
    batch.batchUpdate(INSERT_TEXT, rows);
    if (!claims.isEmpty()) {
      batch.batchUpdate(INSERT_TEXT_CLAIM, claims);
    }
  }

  /** Returns whether a text other than {@code id} has the document symbol {@code symbol}. */
  boolean symbolTakenByAnother(String symbol, TextId id) {
    return jdbc.sql("SELECT count(*) FROM positions.text WHERE symbol = ? AND id <> ?").params(symbol, id.value())
        .query(Integer.class).single() > 0;
  }

  /**
   * Makes {@code t} the current version {@code version} of its text: copies the current version, claims
   * included, into the history, then replaces the current row and its claims.
   */
  void replaceText(NewText t, int version, String reason, String recordedBy) {
    jdbc.sql("""
        INSERT INTO positions.text_version (id, version, symbol, kind, body, text_date, title, full_text, link, amends,
          tally_yes, tally_no, tally_abstain, tally_non_voting, undl_id, source_title, source_publisher, source_date,
          source_url, unconfirmed, note, claims, reason, recorded_by, recorded_at)
        SELECT t.id, t.version, t.symbol, t.kind, t.body, t.text_date, t.title, t.full_text, t.link, t.amends,
          t.tally_yes, t.tally_no, t.tally_abstain, t.tally_non_voting, t.undl_id, t.source_title, t.source_publisher,
          t.source_date, t.source_url, t.unconfirmed, t.note,
          coalesce((SELECT string_agg(c.claim, ';' ORDER BY c.claim) FROM positions.text_claim c
                    WHERE c.text_id = t.id), ''),
          t.reason, t.recorded_by, t.recorded_at
        FROM positions.text t WHERE t.id = ?""").param(t.id().value()).update();
    Tally tally = t.officialTally();
    jdbc.sql("""
        UPDATE positions.text SET symbol = ?, kind = ?, body = ?, text_date = ?, title = ?, full_text = ?, link = ?,
          amends = ?, tally_yes = ?, tally_no = ?, tally_abstain = ?, tally_non_voting = ?, undl_id = ?,
          source_title = ?, source_publisher = ?, source_date = ?, source_url = ?, unconfirmed = ?, note = ?,
          version = ?, reason = ?, recorded_by = ?, recorded_at = now()
        WHERE id = ?""")
        .params(t.symbol(), t.kind().name(), t.body(), Date.valueOf(t.date()), t.title(), t.fullText(), t.link(),
            t.amends() == null ? null : t.amends().value(), tally == null ? null : tally.yes(),
            tally == null ? null : tally.no(), tally == null ? null : tally.abstain(),
            tally == null ? null : tally.nonVoting(), t.undlId(), t.source().title(), t.source().publisher(),
            t.source().date() == null ? null : Date.valueOf(t.source().date()), t.source().url(), t.unconfirmed(),
            t.note(), version, reason, recordedBy, t.id().value())
        .update();
    jdbc.sql("DELETE FROM positions.text_claim WHERE text_id = ?").param(t.id().value()).update();
    for (Claim c : t.claims()) {
      jdbc.sql(INSERT_TEXT_CLAIM).params(t.id().value(), c.code()).update();
    }
    batch.execute((ConnectionCallback<@Nullable Void>) c -> {
      StancePoints.refresh(c, t.id());
      return null;
    });
  }

  /** Returns the versions of a text before the current one, oldest first. */
  List<TextView> earlierTextVersions(TextId id) {
    return jdbc.sql("SELECT * FROM positions.text_version WHERE id = ? ORDER BY version").param(id.value())
        .query((rs, i) -> {
          SortedSet<Claim> claims = new TreeSet<>();
          for (String c : rs.getString("claims").split(";")) {
            if (!c.isEmpty()) {
              claims.add(Claim.of(c));
            }
          }
          return textRow(rs, claims);
        })
        .list();
  }

  /** Returns the text, or empty. */
  public Optional<TextView> findText(TextId id) {
    List<TextView> found = texts("WHERE t.id = ?", List.of(id.value()));
    return found.stream().findFirst();
  }

  List<TextView> texts(TextFilter filter, LocalDate asOf) {
    StringBuilder where = new StringBuilder("WHERE t.text_date <= ?");
    List<Object> params = new ArrayList<>();
    params.add(Date.valueOf(asOf));
    if (filter.body() != null) {
      where.append(" AND t.body = ?");
      params.add(filter.body());
    }
    if (filter.kind() != null) {
      where.append(" AND t.kind = ?");
      params.add(filter.kind().name());
    }
    if (filter.claim() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM positions.text_claim c WHERE c.text_id = t.id AND c.claim = ?)");
      params.add(filter.claim().code());
    }
    return texts(where.toString(), params);
  }

  /** Returns every text, by key, as a map. */
  public Map<TextId, TextView> allTexts() {
    Map<TextId, TextView> all = new LinkedHashMap<>();
    texts("", List.of()).forEach(t -> all.put(t.id(), t));
    return all;
  }

  /** Returns the texts with the given keys (those that exist), by key. */
  public Map<TextId, TextView> texts(Collection<TextId> ids) {
    Map<TextId, TextView> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    String[] keys = ids.stream().map(TextId::value).distinct().toArray(String[]::new);
    texts("WHERE t.id = ANY(?)", List.of((Object) keys)).forEach(t -> found.put(t.id(), t));
    return found;
  }

  private List<TextView> texts(String where, List<?> params) {
    Map<String, SortedSet<Claim>> claims = new HashMap<>();
    jdbc.sql("SELECT c.text_id, c.claim FROM positions.text_claim c JOIN positions.text t ON t.id = c.text_id "
            + where)
        .params(params)
        .query(rs -> {
          claims.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(Claim.of(rs.getString(2)));
        });
    return jdbc.sql("SELECT t.* FROM positions.text t " + where + " ORDER BY t.text_date DESC, t.id")
        .params(params)
        .query((rs, i) -> textRow(rs, claims.getOrDefault(rs.getString("id"), new TreeSet<>())))
        .list();
  }

  private static TextView textRow(ResultSet rs, SortedSet<Claim> claims) throws SQLException {
    Integer yes = (Integer) rs.getObject("tally_yes");
    Tally tally = yes == null ? null
        : new Tally(yes, rs.getInt("tally_no"), rs.getInt("tally_abstain"), rs.getInt("tally_non_voting"));
    String amends = rs.getString("amends");
    return new TextView(TextId.of(rs.getString("id")), rs.getString("symbol"), TextKind.valueOf(rs.getString("kind")),
        rs.getString("body"), rs.getDate("text_date").toLocalDate(), rs.getString("title"), rs.getString("full_text"),
        rs.getString("link"), claims, amends == null ? null : TextId.of(amends), tally, rs.getString("undl_id"),
        source(rs, "source_"), rs.getBoolean("unconfirmed"), rs.getString("note"), rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant(), rs.getInt("version"), rs.getString("reason"));
  }

  private static SourceRef source(ResultSet rs, String prefix) throws SQLException {
    Date d = rs.getDate(prefix + "date");
    return new SourceRef(rs.getString(prefix + "title"), rs.getString(prefix + "publisher"),
        d == null ? null : d.toLocalDate(), rs.getString(prefix + "url"));
  }

  List<String> bodies() {
    return jdbc.sql("SELECT DISTINCT body FROM positions.text ORDER BY body").query(String.class).list();
  }

  // ---- positions

  Optional<PositionView> current(PositionRef ref) {
    return positions("WHERE p.text_id = ? AND p.state_code = ? AND p.slot = ? AND NOT p.superseded",
        List.of(ref.text().value(), ref.state().value(), ref.slot().name())).stream().findFirst();
  }

  List<PositionView> history(PositionRef ref) {
    return positions("WHERE p.text_id = ? AND p.state_code = ? AND p.slot = ? ORDER BY p.version",
        List.of(ref.text().value(), ref.state().value(), ref.slot().name()));
  }

  List<PositionView> currentOnText(TextId text, LocalDate asOf) {
    return positions("WHERE p.text_id = ? AND NOT p.superseded AND NOT p.retracted AND p.position_date <= ?"
        + " ORDER BY p.state_code, p.slot", List.of(text.value(), Date.valueOf(asOf)));
  }

  List<PositionView> currentOfState(StateCode state, LocalDate asOf) {
    return positions("WHERE p.state_code = ? AND NOT p.superseded AND NOT p.retracted AND p.position_date <= ?"
        + " ORDER BY p.position_date, p.text_id, p.slot", List.of(state.value(), Date.valueOf(asOf)));
  }

  /** Current positions of {@code state} (or of every state if null) on texts making one of {@code claims}. */
  public List<PositionView> currentOnClaims(@Nullable StateCode state, Collection<Claim> claims, LocalDate asOf) {
    if (claims.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder("WHERE NOT p.superseded AND NOT p.retracted AND p.position_date <= ?");
    params.add(Date.valueOf(asOf));
    if (state != null) {
      where.append(" AND p.state_code = ?");
      params.add(state.value());
    }
    where.append(" AND p.text_id IN (SELECT text_id FROM positions.text_claim WHERE claim IN (");
    boolean first = true;
    for (Claim c : claims) {
      where.append(first ? "?" : ",?");
      params.add(c.code());
      first = false;
    }
    where.append("))");
    return positions(where.toString(), params);
  }

  /**
   * The current, not retracted positions of {@code state} dated on or before {@code asOf} on texts making
   * {@code claim}, with those texts and the positions' disputes, in chronological order: read whole from the
   * pair's {@link StoredTimelines stored timeline}, or as {@link #onClaims} does when there is none.
   */
  OnClaims onClaim(StateCode state, Claim claim, LocalDate asOf) {
    byte[] stored = batch.query(connection -> {
      PreparedStatement ps = connection.prepareStatement(
          "SELECT encoded FROM positions.stance_timeline WHERE state_code = ? AND claim = ?");
      // binary from the first call on each connection: as text, the value would come hex-encoded, twice as long
      ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
      ps.setString(1, state.value());
      ps.setString(2, claim.code());
      return ps;
    }, rs -> rs.next() ? rs.getBytes(1) : null);
    // the texts met while decoding, by the (cached) id instance: looked up once each
    Map<TextId, KnownText> known = new IdentityHashMap<>();
    List<StoredTimelines.Point> points = stored == null ? null
        : StoredTimelines.decode(stored, state, asOf, key -> {
          KnownText k = knownText(key);
          known.put(k.id(), k);
          return k.id();
        });
    if (points == null) {
      return onClaims(state, Set.of(claim), asOf);
    }
    Map<TextId, TextView> texts = new HashMap<>(known.size() * 4 / 3 + 1);
    List<TextId> missing = new ArrayList<>();
    List<PositionView> positions = new ArrayList<>(points.size());
    for (StoredTimelines.Point p : points) {
      PositionView position = p.position();
      positions.add(position);
      textOf(known.get(position.text()), p.textVersion(), p.textRecordedAtMicros(), texts, missing);
    }
    readMissing(texts, missing);
    return new OnClaims(withDisputes(positions, state), texts, true);
  }

  /**
   * The current, not retracted positions of {@code state} (of every state if null) dated on or before
   * {@code asOf} on texts making one of {@code claims}, with those texts and the positions' disputes: one
   * query, reading nothing else. The positions are in date order, in no particular order within a day.
   */
  OnClaims onClaims(@Nullable StateCode state, Collection<Claim> claims, LocalDate asOf) {
    if (claims.isEmpty()) {
      return new OnClaims(List.of(), Map.of());
    }
    String[] codes = claims.stream().map(Claim::code).distinct().toArray(String[]::new);
    List<Object> params = new ArrayList<>();
    if (state != null) {
      params.add(state.value());
    }
    params.add(codes.length == 1 ? codes[0] : codes);
    params.add(Date.valueOf(asOf));
    Map<String, StateCode> stateCodes = new HashMap<>();
    Map<TextId, TextView> texts = new HashMap<>();
    List<TextId> missing = new ArrayList<>();
    List<PositionView> positions = new ArrayList<>();
    // From the stance points (one row per claim and current, not retracted position on a text making it): a
    // state's points on one claim are one range of the primary key. A position on a text making several of the
    // claims asked for comes once per claim and is kept once. Ordered by date only: sorting 10,000 rows by their
    // text keys under the database's collation cost PostgreSQL four times the scan, and every caller puts the
    // positions in chronological order itself (StanceTimelines.CHRONOLOGICAL, the same for any input order),
    // which is then a nearly linear pass over rows already in date order.
    Set<PositionRef> seen = codes.length > 1 ? new HashSet<>() : null;
    String sql = """
        SELECT text_id, state_code, slot, version, kind, position_date - DATE '1970-01-01', explanation, source_title,
          source_publisher, source_date - DATE '1970-01-01', source_url, unconfirmed, note, reason, recorded_by,
          recorded_at_us, text_version, text_recorded_at_us
        FROM positions.stance_point
        WHERE\s""" + (state == null ? "" : "state_code = ? AND ") + """
        claim\s""" + (codes.length == 1 ? "= ?" : "= ANY(?)") + " AND position_date <= ?"
        + " ORDER BY position_date";
    Map<Long, Instant> instants = new HashMap<>();
    jdbc.sql(sql)
        .params(params)
        .query(rs -> {
          KnownText known = knownText(rs.getString(1));
          TextId text = known.id();
          PositionRef ref = new PositionRef(text, stateCodes.computeIfAbsent(rs.getString(2), StateCode::of),
              PositionKind.Slot.valueOf(rs.getString(3)));
          if (seen != null && !seen.add(ref)) {
            return;
          }
          long sourceDay = rs.getLong(10);
          LocalDate sourceDate = rs.wasNull() ? null : LocalDate.ofEpochDay(sourceDay);
          positions.add(new PositionView(ref, rs.getInt(4), PositionKind.valueOf(rs.getString(5)),
              LocalDate.ofEpochDay(rs.getLong(6)), rs.getString(7), new SourceRef(rs.getString(8), rs.getString(9),
              sourceDate, rs.getString(11)), rs.getBoolean(12), rs.getString(13), false, rs.getString(14),
              rs.getString(15), instants.computeIfAbsent(rs.getLong(16), PositionStore::instant), List.of()));
          textOf(known, rs.getInt(17), rs.getLong(18), texts, missing);
        });
    readMissing(texts, missing);
    return new OnClaims(withDisputes(positions, state), texts);
  }

  /** The text key as already checked, remembered for the next reads. */
  private KnownText knownText(String key) {
    KnownText known = knownTexts.get(key);
    if (known == null) {
      known = new KnownText(TextId.of(key), null, 0, 0);
      knownTexts.put(key, known);
    }
    return known;
  }

  /**
   * Puts the view of the {@code known} text in {@code texts} if this version of it was read before, else adds it
   * to {@code missing}; does nothing if {@code texts} already has it.
   */
  private static void textOf(KnownText known, int version, long recordedAtMicros, Map<TextId, TextView> texts,
      List<TextId> missing) {
    TextId text = known.id();
    if (!texts.containsKey(text)) {
      TextView cached = known.viewOf(version, recordedAtMicros);
      texts.put(text, cached);
      if (cached == null) {
        missing.add(text);
      }
    }
  }

  /** Reads the texts in {@code missing} into {@code texts}, and remembers their views. */
  private void readMissing(Map<TextId, TextView> texts, List<TextId> missing) {
    if (!missing.isEmpty()) {
      Map<TextId, TextView> read = texts(missing);
      if (knownTexts.size() + read.size() > TEXT_VIEWS) {
        knownTexts.clear();
      }
      read.values().forEach(t -> knownTexts.put(t.id().value(), KnownText.of(t)));
      texts.putAll(read);
    }
  }

  /** The instant {@code micros} microseconds after the epoch. */
  private static Instant instant(long micros) {
    return StoredTimelines.instant(micros);
  }

  /** A text key already checked, and the view of the version of the text last read, if any. */
  private record KnownText(TextId id, @Nullable TextView view, int version, long recordedAtMicros) {

    static KnownText of(TextView t) {
      Instant at = t.recordedAt();
      return new KnownText(t.id(), t, t.version(), at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000);
    }

    /** Returns the view if it is of this version recorded at this time, else null. */
    @Nullable TextView viewOf(int version, long recordedAtMicros) {
      return view != null && this.version == version && this.recordedAtMicros == recordedAtMicros ? view : null;
    }
  }

  /**
   * Positions and the texts they are on, by key; {@code stancePoints} if they are the stance points of one state
   * on one claim in chronological order (read from a stored timeline).
   */
  record OnClaims(List<PositionView> positions, Map<TextId, TextView> texts, boolean stancePoints) {

    OnClaims(List<PositionView> positions, Map<TextId, TextView> texts) {
      this(positions, texts, false);
    }
  }

  List<StateCode> statesWithPositions() {
    return jdbc.sql("SELECT DISTINCT state_code FROM positions.position WHERE NOT superseded ORDER BY 1")
        .query((rs, i) -> StateCode.of(rs.getString(1))).list();
  }

  private List<PositionView> positions(String where, List<?> params) {
    return jdbc.sql("SELECT " + POSITION_COLUMNS + " FROM positions.position p " + where).params(params)
        .query((rs, i) -> positionRow(rs)).list();
  }

  private static PositionView positionRow(ResultSet rs) throws SQLException {
    PositionRef ref = new PositionRef(TextId.of(rs.getString(1)), StateCode.of(rs.getString(2)),
        PositionKind.Slot.valueOf(rs.getString(3)));
    Date sd = rs.getDate(10);
    return new PositionView(ref, rs.getInt(4), PositionKind.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate(),
        rs.getString(7), new SourceRef(rs.getString(8), rs.getString(9), sd == null ? null : sd.toLocalDate(),
        rs.getString(11)), rs.getBoolean(12), rs.getString(13), rs.getBoolean(14), rs.getString(15),
        rs.getString(16), rs.getTimestamp(17).toInstant(), List.of());
  }

  /** Marks the current version of {@code ref} superseded and inserts {@code version}. */
  void insertVersion(NewPosition p, int version, boolean retracted, @Nullable String reason, String recordedBy) {
    jdbc.sql("UPDATE positions.position SET superseded = true WHERE text_id = ? AND state_code = ? AND slot = ?"
            + " AND NOT superseded")
        .params(p.text().value(), p.state().value(), p.kind().slot().name()).update();
    jdbc.sql("""
        INSERT INTO positions.position (text_id, state_code, slot, version, kind, position_date, explanation,
          source_title, source_publisher, source_date, source_url, unconfirmed, note, retracted, reason, recorded_by)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
        .params(p.text().value(), p.state().value(), p.kind().slot().name(), version, p.kind().name(),
            Date.valueOf(p.date()), p.explanation(), p.source().title(), p.source().publisher(),
            p.source().date() == null ? null : Date.valueOf(p.source().date()), p.source().url(), p.unconfirmed(),
            p.note(), retracted, reason, recordedBy)
        .update();
    batch.execute((ConnectionCallback<@Nullable Void>) c -> {
      StancePoints.refresh(c, new PositionRef(p.text(), p.state(), p.kind().slot()));
      return null;
    });
  }

  // ---- disputes

  DisputeView insertDispute(PositionView position, NewDispute d, String by) {
    UUID id = UUID.randomUUID();
    PositionRef ref = position.ref();
    jdbc.sql("""
        INSERT INTO positions.dispute (id, text_id, state_code, slot, position_version, statement, source_url,
          disputed_by) VALUES (?,?,?,?,?,?,?,?)""")
        .params(id, ref.text().value(), ref.state().value(), ref.slot().name(), position.version(), d.statement(),
            d.sourceUrl(), by)
        .update();
    return disputes(ref.state()).getOrDefault(ref, List.of()).stream().filter(x -> x.id().equals(id)).findFirst()
        .orElseThrow();
  }

  /** Returns the disputes of {@code state}'s positions (of all positions if null), by position. */
  Map<PositionRef, List<DisputeView>> disputes(@Nullable StateCode state) {
    Map<PositionRef, List<DisputeView>> map = new HashMap<>();
    jdbc.sql("SELECT id, text_id, state_code, slot, position_version, statement, source_url, disputed_by,"
            + " disputed_at FROM positions.dispute" + (state == null ? "" : " WHERE state_code = ?")
            + " ORDER BY disputed_at, id")
        .params(state == null ? List.of() : List.of(state.value()))
        .query(rs -> {
          PositionRef ref = new PositionRef(TextId.of(rs.getString(2)), StateCode.of(rs.getString(3)),
              PositionKind.Slot.valueOf(rs.getString(4)));
          Timestamp at = rs.getTimestamp(9);
          map.computeIfAbsent(ref, k -> new ArrayList<>()).add(new DisputeView(rs.getObject(1, UUID.class), ref,
              rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), at.toInstant()));
        });
    return map;
  }

  /** Returns the positions with their disputes attached. */
  List<PositionView> withDisputes(List<PositionView> positions) {
    return withDisputes(positions, null);
  }

  /** Returns the positions (all of {@code state} if it is not null) with their disputes attached. */
  private List<PositionView> withDisputes(List<PositionView> positions, @Nullable StateCode state) {
    if (positions.isEmpty()) {
      return positions;
    }
    Map<PositionRef, List<DisputeView>> disputes = disputes(state);
    if (disputes.isEmpty()) {
      return positions;
    }
    return positions.stream().map(p -> p.withDisputes(disputes.getOrDefault(p.ref(), List.of()))).toList();
  }
}

package org.tribunal.positions.domain;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tribunal.positions.PositionKind;
import org.tribunal.positions.PositionRef;
import org.tribunal.positions.PositionView;
import org.tribunal.positions.TextId;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * Whole stance timelines, stored as one value per state and claim in {@code positions.stance_timeline}
 * (migration V7): the pair's stance points in chronological order, after a table of their distinct strings. A
 * timeline over ten thousand positions is then one row of a few hundred kilobytes to read, instead of ten
 * thousand rows of eighteen columns, each decoded and each string built anew.
 *
 * <p>The stored values hold nothing that {@code positions.stance_point} does not: {@link StancePoints} rebuilds
 * the pairs a write touched, in the writing transaction, through {@link #rebuild}. A pair without a stored value
 * is read from the stance points. Stateless.
 */
final class StoredTimelines {

  /** The first byte of every stored value; a value in any other format is not used (the rows are read). */
  private static final byte FORMAT = 1;

  /** How many pairs a rebuild reads and writes at once. */
  private static final int PAIRS_AT_ONCE = 64;

  /** The stance point columns a stored point is made of, in the order {@link #point} reads them. */
  private static final String POINT_COLUMNS = """
      s.text_id, s.slot, s.version, s.kind, s.position_date - DATE '1970-01-01', s.explanation, s.source_title,
      s.source_publisher, s.source_date - DATE '1970-01-01', s.source_url, s.unconfirmed, s.note, s.reason,
      s.recorded_by, s.recorded_at_us, s.text_version, s.text_recorded_at_us""";

  private StoredTimelines() {}

  /** The key of one stored timeline. */
  record Pair(String state, String claim) implements Comparable<Pair> {

    @Override
    public int compareTo(Pair o) {
      int c = state.compareTo(o.state);
      return c != 0 ? c : claim.compareTo(o.claim);
    }
  }

  /**
   * A stance point as stored: the position, and the version and recording time of the text it is on, which
   * tell whether a text view read earlier is still that text.
   */
  record Point(PositionView position, int textVersion, long textRecordedAtMicros) {}

  // ---- writing

  /**
   * Rebuilds the stored timelines of {@code touched} from the stance points, as the current transaction sees
   * them: a pair with points gets a new value, a pair without loses its row. Takes a transaction-level
   * advisory lock per pair first, in one order for every writer, so that of two transactions writing points
   * of one pair the later one to rebuild sees the other's committed points.
   *
   * @param c the connection of the transaction that wrote the stance points
   * @param touched the pairs whose stance points that transaction changed
   * @throws SQLException if PostgreSQL refuses a statement
   */
  static void rebuild(Connection c, Collection<Pair> touched) throws SQLException {
    if (touched.isEmpty()) {
      return;
    }
    List<Pair> pairs = new ArrayList<>(new TreeSet<>(touched));
    Array states = c.createArrayOf("text", pairs.stream().map(Pair::state).toArray());
    Array claims = c.createArrayOf("text", pairs.stream().map(Pair::claim).toArray());
    try (PreparedStatement lock = c.prepareStatement("""
        SELECT pg_advisory_xact_lock(hashtext('positions.stance_timeline'), hashtext(k.state_code || '/' || k.claim))
        FROM unnest(?::text[], ?::text[]) AS k(state_code, claim)""")) {
      lock.setArray(1, states);
      lock.setArray(2, claims);
      try (ResultSet rs = lock.executeQuery()) {
        while (rs.next()) {
          // one row per lock taken, in the order of the pairs
        }
      }
    }
    // a few pairs at a time, so that an import touching many states holds only some timelines in memory
    for (int from = 0; from < pairs.size(); from += PAIRS_AT_ONCE) {
      write(c, pairs.subList(from, Math.min(pairs.size(), from + PAIRS_AT_ONCE)));
    }
  }

  /** Rebuilds the stored timelines of {@code pairs} (locked by the caller). */
  private static void write(Connection c, List<Pair> pairs) throws SQLException {
    Map<Pair, List<Point>> points = new HashMap<>();
    try (PreparedStatement read = c.prepareStatement("SELECT s.state_code, s.claim, " + POINT_COLUMNS + """

        FROM positions.stance_point s
        JOIN unnest(?::char(3)[], ?::text[]) AS k(state_code, claim) ON s.state_code = k.state_code AND s.claim = k.claim
        """)) {
      read.setArray(1, c.createArrayOf("text", pairs.stream().map(Pair::state).toArray()));
      read.setArray(2, c.createArrayOf("text", pairs.stream().map(Pair::claim).toArray()));
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          String state = rs.getString(1);
          points.computeIfAbsent(new Pair(state, rs.getString(2)), p -> new ArrayList<>())
              .add(point(rs, 3, StateCode.of(state)));
        }
      }
    }
    try (PreparedStatement upsert = c.prepareStatement("""
            INSERT INTO positions.stance_timeline (state_code, claim, points, encoded) VALUES (?, ?, ?, ?)
            ON CONFLICT (state_code, claim) DO UPDATE SET points = excluded.points, encoded = excluded.encoded""");
        PreparedStatement delete = c.prepareStatement(
            "DELETE FROM positions.stance_timeline WHERE state_code = ? AND claim = ?")) {
      for (Pair pair : pairs) {
        List<Point> list = points.get(pair);
        if (list == null) {
          delete.setString(1, pair.state());
          delete.setString(2, pair.claim());
          delete.addBatch();
        } else {
          list.sort((x, y) -> StanceTimelines.CHRONOLOGICAL.compare(x.position(), y.position()));
          upsert.setString(1, pair.state());
          upsert.setString(2, pair.claim());
          upsert.setInt(3, list.size());
          upsert.setBytes(4, encode(list));
          upsert.addBatch();
        }
      }
      upsert.executeBatch();
      delete.executeBatch();
    }
  }

  /**
   * Builds the stored timelines of every pair that has stance points and no stored value: after migration V7,
   * or after a stored value was removed by hand.
   *
   * @return the number of timelines built
   */
  static int buildMissing(Connection c) throws SQLException {
    List<Pair> missing = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("""
            SELECT DISTINCT state_code, claim FROM positions.stance_point
            EXCEPT SELECT state_code, claim FROM positions.stance_timeline""")) {
      while (rs.next()) {
        missing.add(new Pair(rs.getString(1), rs.getString(2)));
      }
    }
    rebuild(c, missing);
    return missing.size();
  }

  private static Point point(ResultSet rs, int from, StateCode state) throws SQLException {
    int i = from;
    PositionRef ref = new PositionRef(TextId.of(rs.getString(i)), state, PositionKind.Slot.valueOf(rs.getString(i + 1)));
    int version = rs.getInt(i + 2);
    PositionKind kind = PositionKind.valueOf(rs.getString(i + 3));
    LocalDate date = LocalDate.ofEpochDay(rs.getLong(i + 4));
    String explanation = rs.getString(i + 5);
    String sourceTitle = rs.getString(i + 6);
    String publisher = rs.getString(i + 7);
    long sourceDay = rs.getLong(i + 8);
    LocalDate sourceDate = rs.wasNull() ? null : LocalDate.ofEpochDay(sourceDay);
    SourceRef source = new SourceRef(sourceTitle, publisher, sourceDate, rs.getString(i + 9));
    PositionView position = new PositionView(ref, version, kind, date, explanation, source, rs.getBoolean(i + 10),
        rs.getString(i + 11), false, rs.getString(i + 12), rs.getString(i + 13), instant(rs.getLong(i + 14)),
        List.of());
    return new Point(position, rs.getInt(i + 15), rs.getLong(i + 16));
  }

  // ---- the stored form

  /**
   * Encodes points (all of one state on one claim, in chronological order): the format byte; the distinct
   * strings, each as its UTF-8 length and bytes; then per point, as variable-length integers, its date, the
   * indexes of its strings (plus one where the string may be absent, zero for none), its version, flag and
   * times (as differences from the previous point's, which are mostly zero).
   */
  static byte[] encode(List<Point> points) {
    Map<String, Integer> index = new HashMap<>();
    List<String> strings = new ArrayList<>();
    Function<@Nullable String, Integer> ref = s -> s == null ? 0 : 1 + index.computeIfAbsent(s, k -> {
      strings.add(k);
      return strings.size() - 1;
    });
    Encoder body = new Encoder(points.size() * 24);
    body.unsigned(points.size());
    long recordedAt = 0;
    long textRecordedAt = 0;
    for (Point point : points) {
      PositionView p = point.position();
      SourceRef s = p.source();
      body.signed(p.date().toEpochDay());
      body.unsigned(ref.apply(p.text().value()));
      body.unsigned(ref.apply(p.ref().slot().name()));
      body.unsigned(p.version());
      body.unsigned(ref.apply(p.kind().name()));
      body.unsigned(ref.apply(p.explanation()));
      body.unsigned(ref.apply(s.title()));
      body.unsigned(ref.apply(s.publisher()));
      body.unsigned(s.date() == null ? 0 : 1 + zigzag(s.date().toEpochDay()));
      body.unsigned(ref.apply(s.url()));
      body.unsigned(p.unconfirmed() ? 1 : 0);
      body.unsigned(ref.apply(p.note()));
      body.unsigned(ref.apply(p.reason()));
      body.unsigned(ref.apply(p.recordedBy()));
      long micros = micros(p.recordedAt());
      body.signed(micros - recordedAt);
      recordedAt = micros;
      body.unsigned(point.textVersion());
      body.signed(point.textRecordedAtMicros() - textRecordedAt);
      textRecordedAt = point.textRecordedAtMicros();
    }
    Encoder out = new Encoder(body.size + strings.size() * 24 + 8);
    out.bytes[out.size++] = FORMAT;
    out.unsigned(strings.size());
    for (String s : strings) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.unsigned(utf8.length);
      out.append(utf8, utf8.length);
    }
    out.append(body.bytes, body.size);
    return Arrays.copyOf(out.bytes, out.size);
  }

  /**
   * Decodes the points of {@code state} dated on or before {@code asOf} from a value written by {@link #encode}.
   *
   * @param textIds gives the id of a text from its key (lets the caller reuse ids it already checked)
   * @return the points in chronological order, or {@code null} if the value is in another format
   */
  static @Nullable List<Point> decode(byte[] encoded, StateCode state, LocalDate asOf,
      Function<String, TextId> textIds) {
    if (encoded.length == 0 || encoded[0] != FORMAT) {
      return null;
    }
    Decoder in = new Decoder(encoded, 1);
    String[] strings = new String[in.unsignedInt()];
    for (int i = 0; i < strings.length; i++) {
      int length = in.unsignedInt();
      strings[i] = new String(encoded, in.at, length, StandardCharsets.UTF_8);
      in.at += length;
    }
    // what several points share is made once, by string: text ids, kinds, slots; and instants
    TextId[] texts = new TextId[strings.length];
    PositionKind[] kinds = new PositionKind[strings.length];
    PositionKind.Slot[] slots = new PositionKind.Slot[strings.length];
    int count = in.unsignedInt();
    long asOfDay = asOf.toEpochDay();
    List<Point> points = new ArrayList<>(count);
    long recordedAt = 0;
    long textRecordedAt = 0;
    Instant recorded = null;
    long recordedMicros = Long.MIN_VALUE;
    LocalDate date = null;
    for (int n = 0; n < count; n++) {
      long day = in.signed();
      if (day > asOfDay) {
        break;
      }
      if (date == null || date.toEpochDay() != day) {
        date = LocalDate.ofEpochDay(day);
      }
      int t = in.unsignedInt() - 1;
      TextId text = texts[t] != null ? texts[t] : (texts[t] = textIds.apply(strings[t]));
      int l = in.unsignedInt() - 1;
      PositionKind.Slot slot = slots[l] != null ? slots[l] : (slots[l] = PositionKind.Slot.valueOf(strings[l]));
      int version = in.unsignedInt();
      int k = in.unsignedInt() - 1;
      PositionKind kind = kinds[k] != null ? kinds[k] : (kinds[k] = PositionKind.valueOf(strings[k]));
      String explanation = optional(strings, in.unsignedInt());
      String title = strings[in.unsignedInt() - 1];
      String publisher = optional(strings, in.unsignedInt());
      long sourceDay = in.unsigned();
      String url = optional(strings, in.unsignedInt());
      boolean unconfirmed = in.unsigned() == 1;
      String note = optional(strings, in.unsignedInt());
      String reason = optional(strings, in.unsignedInt());
      String recordedBy = strings[in.unsignedInt() - 1];
      recordedAt += in.signed();
      if (recordedAt != recordedMicros) {
        recorded = instant(recordedAt);
        recordedMicros = recordedAt;
      }
      int textVersion = in.unsignedInt();
      textRecordedAt += in.signed();
      SourceRef source = new SourceRef(title, publisher,
          sourceDay == 0 ? null : LocalDate.ofEpochDay(unzigzag(sourceDay - 1)), url);
      points.add(new Point(new PositionView(new PositionRef(text, state, slot), version, kind, date, explanation,
          source, unconfirmed, note, false, reason, recordedBy, recorded, List.of()), textVersion, textRecordedAt));
    }
    return points;
  }

  private static @Nullable String optional(String[] strings, int ref) {
    return ref == 0 ? null : strings[ref - 1];
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  private static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  /** A growing byte array written with variable-length integers (seven bits a byte, low bits first). */
  private static final class Encoder {
    byte[] bytes;
    int size;

    Encoder(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    void signed(long v) {
      unsigned(zigzag(v));
    }

    void unsigned(long v) {
      ensure(10);
      while ((v & ~0x7FL) != 0) {
        bytes[size++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      bytes[size++] = (byte) v;
    }

    void append(byte[] b, int length) {
      ensure(length);
      System.arraycopy(b, 0, bytes, size, length);
      size += length;
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }
  }

  /** Reads what {@link Encoder} wrote. */
  private static final class Decoder {
    final byte[] bytes;
    int at;

    Decoder(byte[] bytes, int at) {
      this.bytes = bytes;
      this.at = at;
    }

    long unsigned() {
      long v = 0;
      int shift = 0;
      byte b;
      do {
        b = bytes[at++];
        v |= (long) (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      return v;
    }

    int unsignedInt() {
      return Math.toIntExact(unsigned());
    }

    long signed() {
      return unzigzag(unsigned());
    }
  }
}

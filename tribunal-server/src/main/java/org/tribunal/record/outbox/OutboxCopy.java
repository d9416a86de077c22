package org.tribunal.record.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.tribunal.platform.CopyStream;
import org.tribunal.record.EntryRejectedException;
import org.tribunal.record.RecordEntry;

/**
 * Writes many outbox rows through PostgreSQL {@code COPY ... WITH (FORMAT binary)} on the current
 * transaction's connection, for {@link OutboxPublicRecord#appendAll}. The outbox's statement trigger
 * claims every entry's (type, id, version) when the {@code COPY} ends, so a duplicate fails the whole
 * {@code COPY}.
 *
 * <p>Binary, not CSV: an entry's body goes over the wire as its bytes instead of twice as many hex
 * digits, and neither side formats or parses text for the version and the timestamp (see
 * docs/performance.md, "record"). Row layout: PostgreSQL's binary {@code COPY} format (a signature
 * and two 32-bit words; per row a 16-bit field count, then per field a 32-bit length and the value in
 * the type's binary send format; a 16-bit -1 at the end).
 *
 * <p>Not thread-safe; one instance per call.
 */
final class OutboxCopy implements AutoCloseable {

  private static final Pattern DUPLICATE =
      Pattern.compile("\\(record_type, record_id, version\\)=\\((.*), (.*), (\\d+)\\)");

  private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

  /** PostgreSQL's epoch for timestamps, 2000-01-01T00:00:00Z, in microseconds since the Unix epoch. */
  private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

  private static final int FLUSH_BYTES = 1 << 18;

  private final CopyStream copy;
  private final long createdAtMicros;
  private byte[] buffer = new byte[FLUSH_BYTES + 4096];
  private int length;

  private OutboxCopy(CopyStream copy, Instant now) {
    this.copy = copy;
    this.createdAtMicros = ChronoUnit.MICROS.between(Instant.EPOCH, now) - POSTGRES_EPOCH_MICROS;
    put(SIGNATURE, 0, SIGNATURE.length);
    putInt(0); // flags: no OIDs
    putInt(0); // no header extension
  }

  static OutboxCopy open(DataSource dataSource, Instant now) {
    try {
      return new OutboxCopy(CopyStream.open(dataSource,
          "COPY record.outbox (record_type, record_id, version, body, created_at) FROM STDIN WITH (FORMAT binary)"),
          now);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start a COPY into the outbox", e);
    }
  }

  void add(RecordEntry entry, byte[] body) {
    byte[] type = entry.type().getBytes(StandardCharsets.UTF_8);
    byte[] id = entry.id().getBytes(StandardCharsets.UTF_8);
    room(2 + 4 + type.length + 4 + id.length + 4 + 4 + 4 + body.length + 4 + 8);
    putShort(5);
    putInt(type.length);
    put(type, 0, type.length);
    putInt(id.length);
    put(id, 0, id.length);
    putInt(4);
    putInt(entry.version());
    putInt(body.length);
    put(body, 0, body.length);
    putInt(8);
    putLong(createdAtMicros);
    if (length >= FLUSH_BYTES) {
      flush();
    }
  }

  void finish() {
    room(2);
    putShort(-1);
    flush();
    try {
      copy.finish();
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  private void flush() {
    try {
      copy.write(buffer, 0, length);
      length = 0;
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  private void room(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
  }

  private void put(byte[] bytes, int offset, int count) {
    System.arraycopy(bytes, offset, buffer, length, count);
    length += count;
  }

  private void putShort(int value) {
    buffer[length++] = (byte) (value >>> 8);
    buffer[length++] = (byte) value;
  }

  private void putInt(int value) {
    buffer[length++] = (byte) (value >>> 24);
    buffer[length++] = (byte) (value >>> 16);
    buffer[length++] = (byte) (value >>> 8);
    buffer[length++] = (byte) value;
  }

  private void putLong(long value) {
    putInt((int) (value >>> 32));
    putInt((int) value);
  }

  private static RuntimeException translate(SQLException e) {
    if ("23505".equals(e.getSQLState())) {
      Matcher m = DUPLICATE.matcher(String.valueOf(e.getMessage()));
      if (m.find()) {
        return EntryRejectedException.duplicate(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
      }
      return EntryRejectedException.duplicate("(batch)", "(unknown)", 1);
    }
    return new IllegalStateException("COPY into the outbox failed", e);
  }

  /** Cancels the {@code COPY} unless it was finished. */
  @Override
  public void close() {
    copy.close();
  }
}

package org.tribunal.platform;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Streams rows into PostgreSQL through {@code COPY ... FROM STDIN WITH (FORMAT binary)} on the current
 * transaction's connection (a {@link CopyStream}), for modules that write many rows at once (imports,
 * the record's bulk appends). Each row is declared with its field count, then its fields in the order of
 * the statement's columns, each in its type's binary form; rows are sent in chunks of about
 * {@value #FLUSH_BYTES} bytes. If the transaction rolls back, so do the rows; a copy closed before
 * {@link #finish()} is cancelled.
 *
 * <p>Binary rather than CSV: PostgreSQL then neither splits lines into fields nor parses each field's text
 * (dates especially), and a {@code bytea} goes over the wire as its bytes instead of twice as many hex
 * digits. The layout is PostgreSQL's binary {@code COPY} format: a signature and two 32-bit words; per row
 * a 16-bit field count, then per field a 32-bit length (-1 for NULL) and the value; a 16-bit -1 at the end.
 *
 * <pre>{@code
 * try (BinaryCopy copy = BinaryCopy.open(dataSource, "COPY t (a, b) FROM STDIN WITH (FORMAT binary)")) {
 *   copy.row(2).text("x").int4(42);
 *   copy.finish();
 * }
 * }</pre>
 *
 * <p>Not thread-safe; one instance per statement.
 */
public final class BinaryCopy implements AutoCloseable {

  private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

  /** PostgreSQL's epoch for dates and timestamps, 2000-01-01. */
  private static final LocalDate POSTGRES_EPOCH = LocalDate.of(2000, 1, 1);

  private static final long POSTGRES_EPOCH_DAY = POSTGRES_EPOCH.toEpochDay();

  /** {@link #POSTGRES_EPOCH} in microseconds since the Unix epoch. */
  private static final long POSTGRES_EPOCH_MICROS = POSTGRES_EPOCH_DAY * 86_400_000_000L;

  private static final int FLUSH_BYTES = 1 << 18;

  private final CopyStream copy;
  private byte[] buffer = new byte[FLUSH_BYTES + 4096];
  private int length;

  private BinaryCopy(CopyStream copy) {
    this.copy = copy;
    put(SIGNATURE, 0, SIGNATURE.length);
    putInt(0); // flags: no OIDs
    putInt(0); // no header extension
  }

  /**
   * Starts a {@code COPY} on the connection of the current transaction.
   *
   * @param dataSource the data source the transaction uses
   * @param copyStatement the {@code COPY ... FROM STDIN WITH (FORMAT binary)} statement
   * @throws SQLException if PostgreSQL refuses the statement
   */
  public static BinaryCopy open(DataSource dataSource, String copyStatement) throws SQLException {
    return new BinaryCopy(CopyStream.open(dataSource, copyStatement));
  }

  /**
   * Starts a {@code COPY} on a connection the caller manages (and whose transaction it ends).
   *
   * @param connection the connection
   * @param copyStatement the {@code COPY ... FROM STDIN WITH (FORMAT binary)} statement
   * @throws SQLException if PostgreSQL refuses the statement
   */
  public static BinaryCopy open(java.sql.Connection connection, String copyStatement) throws SQLException {
    return new BinaryCopy(CopyStream.open(connection, copyStatement));
  }

  /**
   * Starts a row of {@code fields} fields, sending what is buffered once it is large enough.
   *
   * @throws SQLException if PostgreSQL rejects the rows sent so far
   */
  public BinaryCopy row(int fields) throws SQLException {
    if (length >= FLUSH_BYTES) {
      flush();
    }
    room(2);
    putShort(fields);
    return this;
  }

  /** Adds a {@code text} (or {@code char(n)}) field in UTF-8; {@code null} becomes SQL NULL. */
  public BinaryCopy text(@Nullable String value) {
    if (value == null) {
      return nul();
    }
    int n = value.length();
    room(4 + n);
    int start = length + 4;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        // not ASCII: encode the whole value instead
        return bytes(value.getBytes(StandardCharsets.UTF_8));
      }
      buffer[start + i] = (byte) c;
    }
    putInt(n);
    length += n;
    return this;
  }

  /** Adds a {@code bytea} field (or any field already in its binary form). */
  public BinaryCopy bytes(byte[] value) {
    room(4 + value.length);
    putInt(value.length);
    put(value, 0, value.length);
    return this;
  }

  /** Adds an {@code integer} field. */
  public BinaryCopy int4(int value) {
    room(8);
    putInt(4);
    putInt(value);
    return this;
  }

  /** Adds a {@code boolean} field. */
  public BinaryCopy bool(boolean value) {
    room(5);
    putInt(1);
    buffer[length++] = (byte) (value ? 1 : 0);
    return this;
  }

  /** Adds a {@code date} field; {@code null} becomes SQL NULL. */
  public BinaryCopy date(@Nullable LocalDate value) {
    if (value == null) {
      return nul();
    }
    room(8);
    putInt(4);
    putInt(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH_DAY));
    return this;
  }

  /** Adds a {@code timestamp with time zone} field, to the microsecond. */
  public BinaryCopy timestamp(Instant value) {
    room(12);
    putInt(8);
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, value) - POSTGRES_EPOCH_MICROS;
    putInt((int) (micros >>> 32));
    putInt((int) micros);
    return this;
  }

  /** Adds SQL NULL. */
  public BinaryCopy nul() {
    room(4);
    putInt(-1);
    return this;
  }

  /**
   * Sends the rest and ends the {@code COPY}; constraint violations surface here at the latest.
   *
   * @return the number of rows PostgreSQL stored
   * @throws SQLException if PostgreSQL rejects a row
   */
  public long finish() throws SQLException {
    room(2);
    putShort(-1);
    flush();
    return copy.finish();
  }

  private void flush() throws SQLException {
    copy.write(buffer, 0, length);
    length = 0;
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

  /** Cancels the {@code COPY} unless it was finished. */
  @Override
  public void close() {
    copy.close();
  }
}

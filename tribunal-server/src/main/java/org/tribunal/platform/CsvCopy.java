package org.tribunal.platform;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Streams rows into PostgreSQL through {@code COPY ... FROM STDIN WITH (FORMAT csv)} on the current
 * transaction's connection (a {@link CopyStream}), for modules that write many rows at once (imports).
 * Rows are built field by field, quoted per RFC 4180 as PostgreSQL reads them, and sent in chunks of
 * about {@value #FLUSH_CHARS} characters. If the transaction rolls back, so do the rows; a copy closed
 * before {@link #finish()} is cancelled.
 *
 * <pre>{@code
 * try (CsvCopy copy = CsvCopy.open(dataSource, "COPY t (a, b) FROM STDIN WITH (FORMAT csv)")) {
 *   copy.text("x").literal("42").endRow();
 *   copy.finish();
 * }
 * }</pre>
 *
 * <p>Not thread-safe; one instance per statement.
 */
public final class CsvCopy implements AutoCloseable {

  private static final int FLUSH_CHARS = 1 << 18;

  private final CopyStream copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
  private boolean rowStarted;

  private CsvCopy(CopyStream copy) {
    this.copy = copy;
  }

  /**
   * Starts a {@code COPY} on the connection of the current transaction.
   *
   * @param dataSource the data source the transaction uses
   * @param copyStatement the {@code COPY ... FROM STDIN WITH (FORMAT csv)} statement
   * @throws SQLException if PostgreSQL refuses the statement
   */
  public static CsvCopy open(DataSource dataSource, String copyStatement) throws SQLException {
    return new CsvCopy(CopyStream.open(dataSource, copyStatement));
  }

  /** Adds a text field, quoted; {@code null} becomes SQL NULL (an unquoted empty field). */
  public CsvCopy text(@Nullable String value) {
    separate();
    if (value != null) {
      buffer.append('"');
      if (value.indexOf('"') < 0) {
        // most values hold no quote: one copy instead of a check and an append per character
        buffer.append(value);
      } else {
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if (c == '"') {
            buffer.append('"');
          }
          buffer.append(c);
        }
      }
      buffer.append('"');
    }
    return this;
  }

  /**
   * Adds a field as it is, unquoted: for values that cannot hold a comma, quote or line break
   * (numbers, {@code t}/{@code f}, ISO dates and instants, {@code \x} hex of {@code bytea}).
   */
  public CsvCopy literal(Object value) {
    separate();
    buffer.append(value);
    return this;
  }

  /**
   * Ends the current row, sending what is buffered once it is large enough.
   *
   * @throws SQLException if PostgreSQL rejects the rows sent so far
   */
  public void endRow() throws SQLException {
    buffer.append('\n');
    rowStarted = false;
    if (buffer.length() >= FLUSH_CHARS) {
      flush();
    }
  }

  private void separate() {
    if (rowStarted) {
      buffer.append(',');
    }
    rowStarted = true;
  }

  private void flush() throws SQLException {
    if (buffer.isEmpty()) {
      return;
    }
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    buffer.setLength(0);
    copy.write(bytes, 0, bytes.length);
  }

  /**
   * Sends the rest and ends the {@code COPY}; constraint violations surface here at the latest.
   *
   * @return the number of rows PostgreSQL stored
   * @throws SQLException if PostgreSQL rejects a row
   */
  public long finish() throws SQLException {
    flush();
    return copy.finish();
  }

  /** Cancels the {@code COPY} unless it was finished. */
  @Override
  public void close() {
    copy.close();
  }
}

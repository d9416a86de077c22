package org.tribunal.record.outbox;

import java.sql.SQLException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.tribunal.platform.BinaryCopy;
import org.tribunal.record.EntryRejectedException;
import org.tribunal.record.RecordEntry;

/**
 * Writes many outbox rows through PostgreSQL {@code COPY ... WITH (FORMAT binary)} ({@link BinaryCopy}) on
 * the current transaction's connection, for {@link OutboxPublicRecord#appendAll}. The outbox's statement
 * trigger claims every entry's (type, id, version) when the {@code COPY} ends, so a duplicate fails the
 * whole {@code COPY}.
 *
 * <p>Binary, not CSV: an entry's body goes over the wire as its bytes instead of twice as many hex
 * digits, and neither side formats or parses text for the version and the timestamp (see
 * docs/performance.md, "record").
 *
 * <p>Not thread-safe; one instance per call.
 */
final class OutboxCopy implements AutoCloseable {

  private static final Pattern DUPLICATE =
      Pattern.compile("\\(record_type, record_id, version\\)=\\((.*), (.*), (\\d+)\\)");

  private final BinaryCopy copy;
  private final Instant createdAt;

  private OutboxCopy(BinaryCopy copy, Instant now) {
    this.copy = copy;
    this.createdAt = now;
  }

  private static final String COPY =
      "COPY record.outbox (record_type, record_id, version, body, created_at) FROM STDIN WITH (FORMAT binary)";

  /** Starts a {@code COPY} on the current transaction's connection. */
  static OutboxCopy open(DataSource dataSource, Instant now) {
    try {
      return new OutboxCopy(BinaryCopy.open(dataSource, COPY), now);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start a COPY into the outbox", e);
    }
  }

  /** Starts a {@code COPY} on a connection of {@link PreparedAppend}'s own. */
  static OutboxCopy open(java.sql.Connection connection, Instant now) {
    try {
      return new OutboxCopy(BinaryCopy.open(connection, COPY), now);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start a COPY into the outbox", e);
    }
  }

  void add(RecordEntry entry, byte[] body) {
    try {
      copy.row(5).text(entry.type()).text(entry.id()).int4(entry.version()).bytes(body).timestamp(createdAt);
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  /** Writes a part's rows and ends the {@code COPY}. */
  void write(OutboxPublicRecord.Encoded part) {
    for (int i = 0; i < part.entries().length; i++) {
      add(part.entries()[i], part.bodies()[i]);
    }
    finish();
  }

  void finish() {
    try {
      copy.finish();
    } catch (SQLException e) {
      throw translate(e);
    }
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

package org.tribunal.record.outbox;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.tribunal.platform.CsvCopy;
import org.tribunal.record.EntryRejectedException;
import org.tribunal.record.RecordEntry;

/**
 * Writes many outbox rows through PostgreSQL {@code COPY} on the current transaction's connection,
 * for {@link OutboxPublicRecord#appendAll}. The outbox's trigger claims each entry's (type, id,
 * version) as for a single insert, so a duplicate fails the whole COPY.
 *
 * <p>Not thread-safe; one instance per call.
 */
final class OutboxCopy implements AutoCloseable {

  private static final Pattern DUPLICATE =
      Pattern.compile("\\(record_type, record_id, version\\)=\\((.*), (.*), (\\d+)\\)");

  private final CsvCopy copy;
  private final String createdAt;
  private final HexFormat hex = HexFormat.of();

  private OutboxCopy(CsvCopy copy, Instant now) {
    this.copy = copy;
    this.createdAt = Timestamp.from(now).toInstant().toString();
  }

  static OutboxCopy open(DataSource dataSource, Instant now) {
    try {
      return new OutboxCopy(CsvCopy.open(dataSource,
          "COPY record.outbox (record_type, record_id, version, body, created_at) FROM STDIN WITH (FORMAT csv)"), now);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start a COPY into the outbox", e);
    }
  }

  void add(RecordEntry entry, byte[] body) {
    copy.text(entry.type()).text(entry.id()).literal(entry.version())
        .literal("\\x" + hex.formatHex(body)).literal(createdAt);
    try {
      copy.endRow();
    } catch (SQLException e) {
      throw translate(e);
    }
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

  @Override
  public void close() {
    copy.close();
  }
}

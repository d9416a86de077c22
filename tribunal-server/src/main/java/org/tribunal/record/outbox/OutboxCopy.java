package org.tribunal.record.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
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

  private static final int FLUSH_BYTES = 1 << 18;
  private static final Pattern DUPLICATE =
      Pattern.compile("\\(record_type, record_id, version\\)=\\((.*), (.*), (\\d+)\\)");

  private final CopyIn copy;
  private final String createdAt;
  private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
  private final HexFormat hex = HexFormat.of();
  private boolean finished;

  private OutboxCopy(Connection connection, Instant now) throws SQLException {
    this.createdAt = Timestamp.from(now).toInstant().toString();
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
        "COPY record.outbox (record_type, record_id, version, body, created_at) FROM STDIN WITH (FORMAT csv)");
  }

  static OutboxCopy open(DataSource dataSource, Instant now) {
    try {
      return new OutboxCopy(DataSourceUtils.getConnection(dataSource), now);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start a COPY into the outbox", e);
    }
  }

  void add(RecordEntry entry, byte[] body) {
    quoted(entry.type()).append(',');
    quoted(entry.id()).append(',');
    buffer.append(entry.version()).append(',');
    buffer.append("\\x").append(hex.formatHex(body)).append(',');
    buffer.append(createdAt).append('\n');
    if (buffer.length() >= FLUSH_BYTES) {
      flush();
    }
  }

  private StringBuilder quoted(String value) {
    buffer.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        buffer.append('"');
      }
      buffer.append(c);
    }
    return buffer.append('"');
  }

  private void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    buffer.setLength(0);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  void finish() {
    flush();
    try {
      copy.endCopy();
      finished = true;
    } catch (SQLException e) {
      finished = true;
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
    if (!finished && copy.isActive()) {
      try {
        copy.cancelCopy();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot cancel the COPY into the outbox", e);
      }
    }
  }
}

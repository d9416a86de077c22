package org.tribunal.access.domain;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.access.AuditEntry;
import org.tribunal.access.AuditPage;
import org.tribunal.access.AuditQuery;
import org.tribunal.access.AuditTrail;
import org.tribunal.access.InvalidCursorException;

/**
 * The access audit in {@code access.audit_entry}, an append-only table (a trigger refuses updates
 * and deletes). Entries are written in their own transaction so they outlive a failed write.
 * Public for the security layer, which records every write request through {@link #recordWrite}.
 */
@Service
public class AuditLog implements AuditTrail {

  private static final int EXPORT_BATCH = 1000;

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Appends {@code entry} in its own transaction, so it stays even if the caller's rolls back.
   * Over-long texts are cut to the column sizes.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void append(AuditRecord entry) {
    if (entry.action().isBlank() || entry.action().length() > 32) {
      throw new IllegalArgumentException("action must have 1 to 32 characters: " + entry.action());
    }
    jdbc.sql("""
        INSERT INTO access.audit_entry (at, username, action, method, path, status, object_ref, remote_address)
        VALUES (now(), ?, ?, ?, ?, ?, ?, ?)
        """)
        .params(
            entry.username(),
            entry.action(),
            entry.method(),
            truncate(entry.path(), 2000),
            entry.status(),
            truncate(entry.objectRef(), 500),
            truncate(entry.remoteAddress(), 100))
        .update();
  }

  @Override
  @Transactional(readOnly = true)
  public AuditPage search(AuditQuery query, int limit, @Nullable String after) {
    int size = Math.max(1, Math.min(limit, 500));
    List<AuditEntry> rows = select(query, after == null ? null : decode(after), size + 1);
    if (rows.size() <= size) {
      return new AuditPage(rows, null);
    }
    List<AuditEntry> page = rows.subList(0, size);
    return new AuditPage(page, encode(page.get(size - 1).id()));
  }

  @Override
  @Transactional(readOnly = true)
  public void export(AuditQuery query, Consumer<AuditEntry> sink) {
    Long before = null;
    while (true) {
      List<AuditEntry> batch = select(query, before, EXPORT_BATCH);
      batch.forEach(sink);
      if (batch.size() < EXPORT_BATCH) {
        return;
      }
      before = batch.get(batch.size() - 1).id();
    }
  }

  private List<AuditEntry> select(AuditQuery query, @Nullable Long beforeId, int limit) {
    StringBuilder sql = new StringBuilder(
        "SELECT id, at, username, action, method, path, status, object_ref, remote_address"
            + " FROM access.audit_entry WHERE true");
    List<Object> params = new ArrayList<>();
    if (beforeId != null) {
      sql.append(" AND id < ?");
      params.add(beforeId);
    }
    if (query.username() != null) {
      sql.append(" AND username = ?");
      params.add(query.username());
    }
    if (query.action() != null) {
      sql.append(" AND action = ?");
      params.add(query.action());
    }
    if (query.pathPrefix() != null) {
      sql.append(" AND starts_with(path, ?)");
      params.add(query.pathPrefix());
    }
    if (query.from() != null) {
      sql.append(" AND at >= ?");
      params.add(Timestamp.from(query.from()));
    }
    if (query.to() != null) {
      sql.append(" AND at < ?");
      params.add(Timestamp.from(query.to()));
    }
    sql.append(" ORDER BY id DESC LIMIT ").append(limit);
    return jdbc.sql(sql.toString()).params(params).query(AuditLog::map).list();
  }

  private static @Nullable String truncate(@Nullable String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  private static String encode(long id) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("a:" + id).getBytes(StandardCharsets.UTF_8));
  }

  private static long decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith("a:")) {
        throw InvalidCursorException.malformed();
      }
      return Long.parseLong(text.substring(2));
    } catch (IllegalArgumentException e) {
      throw InvalidCursorException.malformed();
    }
  }

  private static AuditEntry map(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getTimestamp("at").toInstant(),
        rs.getString("username"),
        rs.getString("action"),
        rs.getString("method"),
        rs.getString("path"),
        rs.getObject("status", Integer.class),
        rs.getString("object_ref"),
        rs.getString("remote_address"));
  }
}

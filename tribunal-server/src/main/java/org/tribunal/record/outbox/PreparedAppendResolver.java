package org.tribunal.record.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the prepared transactions of {@link PreparedAppend}s whose caller is gone (the process died, or
 * could not end them itself): committed if the caller's transaction recorded its decision in
 * {@code record.prepared_append}, rolled back otherwise. Runs when the application is ready and every
 * minute after.
 */
@Component
class PreparedAppendResolver {

  private static final Logger log = LoggerFactory.getLogger(PreparedAppendResolver.class);

  /** PostgreSQL's {@code undefined_object}: the prepared transaction was already ended. */
  private static final String ALREADY_ENDED = "42704";

  private final DataSource dataSource;

  PreparedAppendResolver(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    resolve();
  }

  @Scheduled(fixedDelayString = "${tribunal.record.prepared-append-resolve-ms:60000}",
      initialDelayString = "${tribunal.record.prepared-append-resolve-ms:60000}")
  void everyMinute() {
    resolve();
  }

  /**
   * Ends every prepared append of this database whose caller is gone.
   *
   * @return how many were ended
   */
  int resolve() {
    int ended = 0;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      for (String gid : prepared(c)) {
        if (resolve(c, gid)) {
          ended++;
        }
      }
    } catch (SQLException e) {
      log.warn("cannot resolve prepared record appends now", e);
    }
    return ended;
  }

  private static List<String> prepared(Connection c) throws SQLException {
    List<String> gids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT gid FROM pg_prepared_xacts WHERE database = current_database() AND starts_with(gid, ?)")) {
      ps.setString(1, PreparedAppend.GID_PREFIX);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          gids.add(rs.getString(1));
        }
      }
    }
    return gids;
  }

  /** Ends one prepared append if its caller's lock is free; returns whether it did. */
  private static boolean resolve(Connection c, String gid) throws SQLException {
    if (!bool(c, "SELECT pg_try_advisory_lock(" + PreparedAppend.LOCK_ARGUMENTS + ")", gid)) {
      return false; // its caller is still at work
    }
    try {
      boolean committed = bool(c, "SELECT EXISTS (SELECT 1 FROM record.prepared_append WHERE gid = ?)", gid);
      end(c, gid, committed);
      log.info("{} the record entries of {}, whose caller had gone", committed ? "Committed" : "Rolled back", gid);
      return true;
    } finally {
      bool(c, "SELECT pg_advisory_unlock(" + PreparedAppend.LOCK_ARGUMENTS + ")", gid);
    }
  }

  /**
   * Commits or rolls back a prepared append, on a connection of its own, and forgets its decision.
   *
   * @throws IllegalStateException if PostgreSQL refuses
   */
  static void end(DataSource dataSource, String gid, boolean commit) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      end(c, gid, commit);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot end the prepared record append " + gid, e);
    }
  }

  private static void end(Connection c, String gid, boolean commit) throws SQLException {
    // a gid is ours (GID_PREFIX and a UUID), never input: it can be written into the statement
    try (Statement s = c.createStatement()) {
      s.execute((commit ? "COMMIT PREPARED '" : "ROLLBACK PREPARED '") + gid + "'");
    } catch (SQLException e) {
      if (!ALREADY_ENDED.equals(e.getSQLState())) {
        throw e;
      }
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM record.prepared_append WHERE gid = ?")) {
      ps.setString(1, gid);
      ps.executeUpdate();
    }
  }

  private static boolean bool(Connection c, String sql, String gid) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, gid);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }
}

package org.tribunal.record.log;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who sequences: the instance holding a PostgreSQL session advisory lock on its own dedicated
 * connection. When the leader's process dies its connection closes and PostgreSQL releases the lock,
 * so a standby's next attempt wins. Not thread-safe: used by the sequencer thread only.
 */
final class SequencerLeadership implements AutoCloseable {

  /** The advisory lock's key: "tribunal.record.sequencer" in a 64-bit number. */
  static final long LOCK_KEY = 0x7472_6962_7365_7131L;

  private static final Logger log = LoggerFactory.getLogger(SequencerLeadership.class);
  private static final long CHECK_EVERY_NANOS = 500_000_000L;

  private final DataSource dataSource;
  private @Nullable Connection connection;
  private boolean held;
  private long checkedAt;

  SequencerLeadership(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Returns whether this instance leads, trying to become the leader if it does not.
   *
   * @return {@code true} while the lock is held on a live connection
   */
  boolean holdOrAcquire() {
    try {
      if (held) {
        long now = System.nanoTime();
        if (now - checkedAt < CHECK_EVERY_NANOS) {
          return true;
        }
        if (connection != null && connection.isValid(2)) {
          checkedAt = now;
          return true;
        }
        log.warn("Lost the sequencer lock's connection; no longer the leader");
        drop();
      }
      if (connection == null || connection.isClosed()) {
        connection = dataSource.getConnection();
        connection.setAutoCommit(true);
      }
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_KEY + ")")) {
        rs.next();
        held = rs.getBoolean(1);
      }
      checkedAt = System.nanoTime();
      return held;
    } catch (SQLException e) {
      log.warn("Cannot reach the database for the sequencer lock: {}", e.getMessage());
      drop();
      return false;
    }
  }

  boolean isHeld() {
    return held;
  }

  @Override
  public void close() {
    drop();
  }

  private void drop() {
    held = false;
    if (connection != null) {
      // The connection may go back to a pool: a session lock must not travel with it.
      try (Statement s = connection.createStatement()) {
        s.execute("SELECT pg_advisory_unlock_all()");
      } catch (SQLException e) {
        log.debug("Could not unlock; a broken connection holds no lock", e);
      }
      try {
        connection.close();
      } catch (SQLException e) {
        log.debug("Closing the sequencer lock's connection failed", e);
      }
      connection = null;
    }
  }
}

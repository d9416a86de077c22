package org.tribunal.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.tribunal.platform.database.TribunalPostgres;

/**
 * One embedded PostgreSQL per test JVM, and a fresh database in it for every Spring context, so that
 * test classes never see each other's data and PostgreSQL starts only once.
 */
public final class TestDatabase {

  private static final Duration CLIENTS_GONE_TIMEOUT = Duration.ofSeconds(15);
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static volatile EmbeddedPostgres server;

  private TestDatabase() {}

  /** Returns the shared server, starting it on first use. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = TribunalPostgres.builder().setRegisterShutdownHook(false).start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL for tests", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopWhenUnused, "test-postgres-stop"));
    }
    return server;
  }

  /**
   * Stops the server once the Spring contexts of the tests (closed by their own shutdown hooks, which
   * run at the same time as this one) have let go of their connections, so that no context closes
   * against a database that is already gone. Waits at most {@link #CLIENTS_GONE_TIMEOUT}.
   */
  private static void stopWhenUnused() {
    long deadline = System.nanoTime() + CLIENTS_GONE_TIMEOUT.toNanos();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rs = s.executeQuery(
            "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
          rs.next();
          if (rs.getLong(1) == 0) {
            break;
          }
        }
        Thread.sleep(50);
      }
    } catch (SQLException | InterruptedException e) {
      // stop anyway: the JVM is exiting
    }
    try {
      server.close();
    } catch (IOException ignored) {
      // the JVM is exiting; the temporary data directory goes with it
    }
  }

  /**
   * Creates a new, empty database and returns its JDBC URL (user {@code postgres}, no password).
   *
   * @return the database's URL
   */
  public static String createDatabase() {
    String name = "tribunal_test_" + COUNTER.incrementAndGet();
    EmbeddedPostgres pg = server();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return pg.getJdbcUrl("postgres", name);
  }
}

package org.tribunal.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL per test JVM, and a fresh database in it for every Spring context, so that
 * test classes never see each other's data and PostgreSQL starts only once.
 */
public final class TestDatabase {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static volatile EmbeddedPostgres server;

  private TestDatabase() {}

  /** Returns the shared server, starting it on first use. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL for tests", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is exiting; the temporary data directory goes with it
        }
      }));
    }
    return server;
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

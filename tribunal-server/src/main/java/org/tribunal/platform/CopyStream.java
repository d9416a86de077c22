package org.tribunal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One PostgreSQL {@code COPY ... FROM STDIN} on the current transaction's connection, whatever the
 * format the caller encodes its rows in ({@link BinaryCopy} for PostgreSQL's binary format).
 * If the transaction rolls back, so do the rows; a copy closed before {@link #finish()} is cancelled.
 *
 * <p>Not thread-safe; one instance per statement.
 */
public final class CopyStream implements AutoCloseable {

  private final CopyIn copy;
  private boolean finished;

  private CopyStream(CopyIn copy) {
    this.copy = copy;
  }

  /**
   * Starts a {@code COPY} on the connection of the current transaction.
   *
   * @param dataSource the data source the transaction uses
   * @param copyStatement the {@code COPY ... FROM STDIN} statement
   * @throws SQLException if PostgreSQL refuses the statement
   */
  public static CopyStream open(DataSource dataSource, String copyStatement) throws SQLException {
    return open(DataSourceUtils.getConnection(dataSource), copyStatement);
  }

  /**
   * Starts a {@code COPY} on a connection the caller manages (and whose transaction it ends).
   *
   * @param connection the connection
   * @param copyStatement the {@code COPY ... FROM STDIN} statement
   * @throws SQLException if PostgreSQL refuses the statement
   */
  public static CopyStream open(Connection connection, String copyStatement) throws SQLException {
    return new CopyStream(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStatement));
  }

  /**
   * Sends {@code length} bytes of encoded rows.
   *
   * @throws SQLException if PostgreSQL rejects the rows sent so far
   */
  public void write(byte[] bytes, int offset, int length) throws SQLException {
    copy.writeToCopy(bytes, offset, length);
  }

  /**
   * Ends the {@code COPY}; constraint violations surface here at the latest.
   *
   * @return the number of rows PostgreSQL stored
   * @throws SQLException if PostgreSQL rejects a row
   */
  public long finish() throws SQLException {
    try {
      return copy.endCopy();
    } finally {
      finished = true;
    }
  }

  /** Cancels the {@code COPY} unless it was finished. */
  @Override
  public void close() {
    if (!finished && copy.isActive()) {
      try {
        copy.cancelCopy();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot cancel a COPY", e);
      }
    }
  }
}

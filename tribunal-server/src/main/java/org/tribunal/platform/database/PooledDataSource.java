package org.tribunal.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Builds the connection pool the embedded database is reached through. */
final class PooledDataSource {

  private PooledDataSource() {}

  static HikariDataSource forUrl(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(10);
    config.setPoolName("tribunal");
    return new HikariDataSource(config);
  }
}

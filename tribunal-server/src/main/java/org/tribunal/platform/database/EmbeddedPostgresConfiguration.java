package org.tribunal.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL whose data lives in {@code tribunal.data-dir}/postgres, so that the
 * record survives a restart, when no external database is configured.
 *
 * <p>An external PostgreSQL is used instead when {@code TRIBUNAL_DB_URL} or {@code
 * spring.datasource.url} is set; see {@link ExternalDatabaseConfigured}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseConfigured.Not.class)
class EmbeddedPostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(
      @Value("${tribunal.data-dir:./tribunal-data}") Path dataDir,
      @Value("${tribunal.embedded-db.port:0}") int port)
      throws IOException {
    Path pgData = dataDir.resolve("postgres").toAbsolutePath();
    Files.createDirectories(pgData);
    log.info("Starting embedded PostgreSQL with data in {}", pgData);
    // The embedded server's defaults are tuned for throwaway test databases (synchronous_commit=off).
    // This one holds the record: a commit must be on disk before it is acknowledged.
    EmbeddedPostgres.Builder builder =
        TribunalPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            // Stopped by this context after everything that uses it (the pool, the sequencer) has
            // closed, not by a JVM hook racing them.
            .setRegisterShutdownHook(false)
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("fsync", "on")
            .setServerConfig("full_page_writes", "on")
            // An import of a million positions writes more than a gigabyte of WAL (positions, their
            // indexes, record entries). With the default 1 GB a checkpoint starts in the middle of it,
            // and every page the import touches again is then written to the WAL in full once more.
            .setServerConfig("max_wal_size", "4GB")
            // With the default (4 MB, a 32nd of shared_buffers) the WAL buffers of such an import fill up
            // about 40,000 times per million positions, and each time the writing session itself writes
            // them out before it can go on (pg_stat_wal.wal_buffers_full); with 64 MB, never.
            .setServerConfig("wal_buffers", "64MB");
    if (port > 0) {
      builder.setPort(port);
    }
    return builder.start();
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    return PooledDataSource.forUrl(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
  }
}

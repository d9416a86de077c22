package org.tribunal.positions.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On every start, builds the {@link StoredTimelines stored timelines} that are missing (all of them after
 * migration V7 on a database that already had positions). Until a pair's timeline is built it is read from the
 * stance points, so this only makes those reads faster; writers running at the same time are safe, as every
 * rebuild locks its pairs.
 */
@Component
@Order(90)
class StoredTimelinesBackfill implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(StoredTimelinesBackfill.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  StoredTimelinesBackfill(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public void run(ApplicationArguments args) {
    Integer built = transaction.execute(status ->
        jdbc.execute((ConnectionCallback<Integer>) StoredTimelines::buildMissing));
    if (built != null && built > 0) {
      log.info("built {} stored stance timelines", built);
    }
  }
}

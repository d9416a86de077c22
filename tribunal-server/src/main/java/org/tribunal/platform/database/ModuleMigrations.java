package org.tribunal.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Runs Flyway once per application module, each with its own migration folder {@code
 * db/migration/<module>} and its own history table {@code flyway_history_<module>}, so that versions
 * count within a module and one module's migrations never interleave with another's.
 *
 * <p>{@code db/migration/__root} (cross-module infrastructure such as the event publication registry)
 * runs first, then the modules in alphabetical order; modules keep no foreign keys into each other,
 * so their relative order does not matter.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrations {

  static final String ROOT = "__root";
  private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

  @Bean
  FlywayMigrationStrategy perModuleMigration() {
    return flyway -> {
      for (String module : modules()) {
        Flyway moduleFlyway =
            Flyway.configure()
                .configuration(flyway.getConfiguration())
                .locations("classpath:db/migration/" + module)
                .table("flyway_history_" + module.replace("__", ""))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        var result = moduleFlyway.migrate();
        if (result.migrationsExecuted > 0) {
          log.info("Migrated module {}: {} migration(s)", module, result.migrationsExecuted);
        }
      }
    };
  }

  /** Lists the module folders under {@code db/migration}, {@code __root} first. */
  static List<String> modules() {
    try {
      Resource[] found =
          new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*.sql");
      TreeSet<String> names = new TreeSet<>();
      for (Resource r : found) {
        String path = r.getURL().toString();
        String folder = path.substring(0, path.lastIndexOf('/'));
        names.add(folder.substring(folder.lastIndexOf('/') + 1));
      }
      List<String> ordered = new ArrayList<>();
      if (names.remove(ROOT)) {
        ordered.add(ROOT);
      }
      ordered.addAll(names);
      return ordered;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list migration folders", e);
    }
  }
}
